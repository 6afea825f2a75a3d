using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping with its path (<c>positions[3]</c>), reporting missing, mistyped and
/// unknown fields to a <see cref="ProblemCollector"/> instead of throwing.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly ProblemCollector _problems;
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);

    public MappingReader(YamlMappingNode node, string path, ProblemCollector problems, IReadOnlyCollection<string> knownFields)
    {
        _node = node;
        Path = path;
        _problems = problems;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!knownFields.Contains(name))
            {
                problems.Add(FieldPath(name), $"unknown field (expected one of: {string.Join(", ", knownFields)})", key);
                continue;
            }

            _fields[name] = value;
        }
    }

    /// <summary>This mapping's path.</summary>
    public string Path { get; }

    /// <summary>The line the mapping starts on.</summary>
    public int? Line => ProblemCollector.LineOf(_node);

    public string FieldPath(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    /// <summary>The line of a field's value, or of the mapping when the field is absent.</summary>
    public int? LineOf(string name) => _fields.TryGetValue(name, out var node) ? ProblemCollector.LineOf(node) : Line;

    public void Report(string name, string message) => _problems.Add(FieldPath(name), message, LineOf(name));

    public string? OptionalString(string name)
    {
        if (!TryScalar(name, out var scalar))
        {
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            Report(name, "is empty (remove the field or give it a value)");
            return null;
        }

        return value;
    }

    public string RequiredString(string name)
    {
        if (!_fields.ContainsKey(name))
        {
            Report(name, "missing");
            return string.Empty;
        }

        return OptionalString(name) ?? string.Empty;
    }

    public int? RequiredInt(string name, int minimum)
    {
        var text = RequiredString(name);
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Report(name, $"'{text}' is not a whole number");
            return null;
        }

        if (value < minimum)
        {
            Report(name, $"{value} is below the minimum {minimum}");
            return null;
        }

        return value;
    }

    public decimal? RequiredDecimal(string name)
    {
        var text = RequiredString(name);
        if (text.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Report(name, $"'{text}' is not a number");
            return null;
        }

        if (value < 0)
        {
            Report(name, $"{text} is negative");
            return null;
        }

        return value;
    }

    public bool OptionalBool(string name, bool defaultValue)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Report(name, $"'{text}' is not true or false");
        return defaultValue;
    }

    public ImmutableArray<string> StringList(string name, bool required)
    {
        if (!_fields.TryGetValue(name, out var node) || IsNull(node))
        {
            if (required)
            {
                Report(name, "missing (a list is expected)");
            }

            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(name, "expected a list, e.g. [a, b]");
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            var itemPath = $"{FieldPath(name)}[{index}]";
            var text = (item as YamlScalarNode)?.Value?.Trim();
            if (item is not YamlScalarNode)
            {
                _problems.Add(itemPath, "expected text", item);
            }
            else if (string.IsNullOrEmpty(text))
            {
                _problems.Add(itemPath, "is empty", item);
            }
            else
            {
                builder.Add(text);
            }

            index++;
        }

        if (required && sequence.Children.Count == 0)
        {
            Report(name, "is an empty list");
        }

        return builder.ToImmutable();
    }

    public MappingReader? Mapping(string name, IReadOnlyCollection<string> knownFields)
    {
        if (!_fields.TryGetValue(name, out var node) || IsNull(node))
        {
            Report(name, "missing");
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(name, $"expected a mapping with {string.Join(", ", knownFields)}");
            return null;
        }

        return new MappingReader(mapping, FieldPath(name), _problems, knownFields);
    }

    private bool TryScalar(string name, out YamlScalarNode scalar)
    {
        scalar = null!;
        if (!_fields.TryGetValue(name, out var node) || IsNull(node))
        {
            return false;
        }

        if (node is not YamlScalarNode found)
        {
            Report(name, "expected a single value, not a list or mapping");
            return false;
        }

        scalar = found;
        return true;
    }

    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");
}
