using System.CommandLine;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Exports;
using BroadcastBot.Redis;

namespace BroadcastBot.Cli.Commands;

/// <summary><c>broadcastbot export</c>: write an employer's interested viewers to CSV, XLSX or JSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var session = new Option<string?>("--session", "-s")
        {
            Description = "Session id (the knowledge base's session.id). Defaults to the one in --kb.",
        };
        var kb = new Option<FileInfo>("--kb")
        {
            Description = "The session's knowledge-base YAML: gives position numbers, titles, company names and the contact policy.",
            Required = true,
        };
        var company = new Option<string?>("--company", "-c")
        {
            Description = "Only this company's positions and viewers (a company id from the knowledge base). Omit for the whole session.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv (UTF-8 with BOM, opens in Excel), xlsx (summary sheet + one sheet per position) or json.",
            DefaultValueFactory = _ => "xlsx",
        };
        format.AcceptOnlyFromAmong("csv", "xlsx", "json");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Output file. Defaults to SESSION_COMPANY_TIME.EXT in the current directory; '-' writes csv/json to standard output.",
        };
        var redis = ExportSharedOptions.Redis();
        var prefix = ExportSharedOptions.KeyPrefix();
        var command = new Command(
            "export",
            "Export who is interested in which position, for one employer or the whole session. Columns: position (number " +
            "and title), company, viewer name, platform, user id, first and last seen, mentions, first message, contact. " +
            "Phone numbers are shown only when the knowledge base sets session.collect_contacts: true; otherwise they are " +
            "masked (138****5678). Progress goes to standard error. Exit codes: 0 written, 1 bad input (unknown company, " +
            "invalid knowledge base), 2 Redis unreachable.\n" +
            "Example: broadcastbot export --kb samples/xiqing-spring.yaml --company ruida-auto --format xlsx")
        {
            session, kb, company, format, output, redis, prefix,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new ExportArguments(
                parseResult.GetValue(session),
                parseResult.GetRequiredValue(kb),
                parseResult.GetValue(company),
                parseResult.GetRequiredValue(format),
                parseResult.GetValue(output),
                parseResult.GetRequiredValue(redis),
                parseResult.GetRequiredValue(prefix)),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ExportArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var loaded = KnowledgeBaseLoader.LoadFile(arguments.KnowledgeBase.FullName);
        if (!loaded.IsValid)
        {
            context.Error.WriteLine($"{arguments.KnowledgeBase.Name}: {loaded.Problems.Length} problem(s); fix them first ('broadcastbot kb check'):");
            foreach (var problem in loaded.Problems)
            {
                context.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.InvalidInput;
        }

        var knowledgeBase = loaded.KnowledgeBase;
        var sessionId = arguments.Session ?? knowledgeBase.Session.Id;
        if (sessionId != knowledgeBase.Session.Id)
        {
            context.Error.WriteLine($"--session '{sessionId}' is not the session of {arguments.KnowledgeBase.Name} ('{knowledgeBase.Session.Id}'). Pass the knowledge base of that session.");
            return ExitCodes.InvalidInput;
        }

        if (arguments.Company is not null && knowledgeBase.FindCompany(arguments.Company) is null)
        {
            context.Error.WriteLine($"Unknown company '{arguments.Company}'. Known companies:");
            foreach (var known in knowledgeBase.Companies)
            {
                context.Error.WriteLine($"  {known.Id}  {known.Name}");
            }

            return ExitCodes.InvalidInput;
        }

        ExportWriters.TryParseFormat(arguments.Format, out var format);
        var toStandardOutput = arguments.Output?.ToString() == "-";
        if (toStandardOutput && format == ExportFormat.Xlsx)
        {
            context.Error.WriteLine("xlsx is binary: pass --out FILE.xlsx, or use --format csv|json with --out -.");
            return ExitCodes.InvalidInput;
        }

        context.Error.WriteLine($"Reading session '{sessionId}' from Redis {arguments.Redis} ...");
        using var client = ExportRedisConnection.Connect(arguments.Redis, context.Error);
        if (client is null)
        {
            return ExportRedisConnection.RedisUnavailable;
        }

        var store = new RedisInterestStore(client, new RedisOptions { KeyPrefix = arguments.KeyPrefix });
        var viewers = await store.GetViewersAsync(sessionId, arguments.Company, cancellationToken);
        var counts = await store.GetCountsAsync(sessionId, cancellationToken);
        var document = ExportDocument.Create(knowledgeBase, viewers, counts, arguments.Company, DateTimeOffset.Now);
        context.Error.WriteLine(
            $"{document.Rows.Count} interested viewer row(s) over {document.Summary.Count} position(s)" +
            (document.CompanyName is null ? string.Empty : $" of {document.CompanyName}") +
            (document.ContactsShown ? "; contacts shown (collect_contacts: true)." : "; phone numbers masked (collect_contacts is off)."));

        var writer = ExportWriters.For(format);
        using var buffer = new MemoryStream();
        await writer.WriteAsync(document, buffer, cancellationToken);
        if (toStandardOutput)
        {
            await context.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF'));
            await context.Output.FlushAsync(cancellationToken);
            return ExitCodes.Ok;
        }

        var path = arguments.Output?.FullName ?? Path.GetFullPath(document.FileName(format));
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken);
        context.Error.WriteLine($"Wrote {path} ({buffer.Length:N0} bytes).");
        context.Output.WriteLine(path);
        return ExitCodes.Ok;
    }

    private sealed record ExportArguments(
        string? Session, FileInfo KnowledgeBase, string? Company, string Format, FileInfo? Output, string Redis, string KeyPrefix);
}
