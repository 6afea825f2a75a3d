using System.Collections.Immutable;
using System.Text;
using BroadcastBot.Core.Knowledge.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BroadcastBot.Core.Knowledge;

/// <summary>
/// Loads the knowledge-base YAML format (shared spec: knowledge-base.md). Loading either succeeds completely
/// or reports every problem with its path; it never throws for bad input.
/// </summary>
public static class KnowledgeBaseLoader
{
    private static readonly string[] RootFields = ["session", "companies", "positions", "faq"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and loads a file. A missing, unreadable, empty or non-UTF-8 file is one clear problem.</summary>
    public static KnowledgeBaseLoadResult LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return FileProblem($"file not found: {path}");
        }
        catch (DirectoryNotFoundException)
        {
            return FileProblem($"file not found: {path}");
        }
        catch (UnauthorizedAccessException)
        {
            return FileProblem($"cannot read {path}: permission denied (or it is a directory)");
        }
        catch (IOException ex)
        {
            return FileProblem($"cannot read {path}: {ex.Message}");
        }

        return LoadBytes(bytes);
    }

    /// <summary>Loads UTF-8 bytes (a BOM is allowed).</summary>
    public static KnowledgeBaseLoadResult LoadBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
            return FileProblem($"not UTF-8 text{offset}: save the file as UTF-8");
        }

        return LoadText(text);
    }

    /// <summary>Loads YAML text.</summary>
    public static KnowledgeBaseLoadResult LoadText(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return FileProblem("empty file: a knowledge base needs session, companies and positions");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            return KnowledgeBaseLoadResult.Failure(
                [new KnowledgeBaseProblem(KnowledgeBaseProblem.FilePath, $"not valid YAML: {reason}", (int)ex.Start.Line)]);
        }

        if (stream.Documents.Count == 0 || MappingReader.IsNull(stream.Documents[0].RootNode))
        {
            return FileProblem("empty file: a knowledge base needs session, companies and positions");
        }

        if (stream.Documents.Count > 1)
        {
            return FileProblem("several YAML documents ('---'): put one session in one file");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return FileProblem("expected a mapping with session, companies, positions and faq at the top level");
        }

        return Read(root);
    }

    private static KnowledgeBaseLoadResult Read(YamlMappingNode root)
    {
        var problems = new ProblemCollector();
        var top = new MappingReader(root, string.Empty, problems, RootFields);
        var sessionMap = top.Mapping("session", SessionSection.Fields);
        var session = sessionMap is null ? null : SessionSection.Read(sessionMap);
        var companies = ReadList(root, "companies", required: true, CompanySection.Fields, CompanySection.Read, problems);
        var positions = ReadList(root, "positions", required: true, PositionSection.Fields, PositionSection.Read, problems);
        var faq = ReadList(root, "faq", required: false, FaqSection.Fields, FaqSection.Read, problems);

        if (session is not null)
        {
            CrossReferences.Check(session, companies, positions, faq);
        }

        if (problems.HasProblems || session is null)
        {
            return KnowledgeBaseLoadResult.Failure(problems.Problems.OrderBy(p => p.Line ?? int.MaxValue));
        }

        return KnowledgeBaseLoadResult.Success(new KnowledgeBase(
            session,
            [.. companies.Select(c => c.Item)],
            [.. positions.Select(p => p.Item)],
            [.. faq.Select(f => f.Item)]));
    }

    private static List<(T Item, MappingReader Map)> ReadList<T>(
        YamlMappingNode root, string name, bool required, string[] fields, Func<MappingReader, T> read, ProblemCollector problems)
    {
        var result = new List<(T, MappingReader)>();
        if (!root.Children.TryGetValue(new YamlScalarNode(name), out var node) || MappingReader.IsNull(node))
        {
            if (required)
            {
                problems.Add(name, "missing (a list is expected)", root);
            }

            return result;
        }

        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(name, "expected a list of entries, each starting with '- id: ...'", node);
            return result;
        }

        if (required && sequence.Children.Count == 0)
        {
            problems.Add(name, "is an empty list", node);
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"{name}[{i}]";
            if (sequence.Children[i] is not YamlMappingNode mapping)
            {
                problems.Add(path, $"expected a mapping with {string.Join(", ", fields)}", sequence.Children[i]);
                continue;
            }

            var map = new MappingReader(mapping, path, problems, fields);
            result.Add((read(map), map));
        }

        return result;
    }

    private static KnowledgeBaseLoadResult FileProblem(string message) =>
        KnowledgeBaseLoadResult.Failure([new KnowledgeBaseProblem(KnowledgeBaseProblem.FilePath, message)]);
}
