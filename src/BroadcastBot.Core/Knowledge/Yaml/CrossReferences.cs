namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>Rules that span entries: unique ids and numbers, known companies, apply URLs under the base.</summary>
internal static class CrossReferences
{
    public static void Check(
        SessionInfo session,
        IReadOnlyList<(Company Company, MappingReader Map)> companies,
        IReadOnlyList<(Position Position, MappingReader Map)> positions,
        IReadOnlyList<(FaqEntry Faq, MappingReader Map)> faq)
    {
        RequireUnique(companies, c => c.Company.Id, c => c.Map, "id", "company id");
        RequireUnique(positions, p => p.Position.Id, p => p.Map, "id", "position id");
        RequireUnique(positions, p => p.Position.Number == 0 ? string.Empty : p.Position.Number.ToString(), p => p.Map, "number", "position number");
        RequireUnique(faq, f => f.Faq.Id, f => f.Map, "id", "faq id");

        var companyIds = companies.Select(c => c.Company.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (position, map) in positions)
        {
            if (position.CompanyId.Length > 0 && !companyIds.Contains(position.CompanyId))
            {
                map.Report("company", $"unknown company '{position.CompanyId}' (known: {string.Join(", ", companyIds)})");
            }

            CheckApplyUrl(session, position, map);
        }
    }

    private static void CheckApplyUrl(SessionInfo session, Position position, MappingReader map)
    {
        if (position.ApplyUrl.Length == 0)
        {
            return;
        }

        if (!Urls.IsHttps(position.ApplyUrl))
        {
            map.Report("apply_url", $"'{position.ApplyUrl}' is not an absolute https URL");
        }
        else if (session.ApplyBaseUrl.Length > 0 && !Urls.IsUnder(position.ApplyUrl, session.ApplyBaseUrl))
        {
            map.Report("apply_url", $"not under apply_base_url '{session.ApplyBaseUrl}'");
        }
    }

    private static void RequireUnique<T>(
        IReadOnlyList<T> items, Func<T, string> key, Func<T, MappingReader> map, string field, string what)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = key(item);
            if (value.Length == 0)
            {
                continue;
            }

            var reader = map(item);
            if (firstSeen.TryGetValue(value, out var firstPath))
            {
                reader.Report(field, $"duplicate {what} '{value}' (first used at {firstPath})");
            }
            else
            {
                firstSeen[value] = reader.Path;
            }
        }
    }
}
