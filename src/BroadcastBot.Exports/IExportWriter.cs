namespace BroadcastBot.Exports;

/// <summary>Writes an <see cref="ExportDocument"/> in one format.</summary>
public interface IExportWriter
{
    /// <summary>The format written.</summary>
    ExportFormat Format { get; }

    /// <summary>MIME type for an HTTP response.</summary>
    string ContentType { get; }

    /// <summary>File extension without the dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes the document to <paramref name="output"/> (which may be non-seekable, e.g. an HTTP body). Leaves it open.</summary>
    Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default);
}
