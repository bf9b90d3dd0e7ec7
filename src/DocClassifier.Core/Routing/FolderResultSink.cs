using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.SearchablePdf;
using DocClassifier.Storage;

namespace DocClassifier.Routing;

/// <summary>
/// Delivers to <c>&lt;resultsRoot&gt;/&lt;label&gt;/</c>: the copy of the original, the text file when the
/// text is long, and the JSON last, each through a temporary name and an atomic rename. A bot that
/// sees <c>&lt;id&gt;.json</c> therefore finds everything it names already complete. Jobs run at least
/// once, so a second delivery of the same id overwrites the first and leaves nothing extra.
/// A scanned document also gets <c>&lt;id&gt;.pdf</c>, searchable (for a scanned PDF it takes the copy's place; the
/// original stays in the archive). A searchable PDF that cannot be written never holds the document back: the
/// original is delivered as it came and the JSON's <c>warnings</c> say why.
/// </summary>
internal sealed class FolderResultSink(string resultsRoot, ISearchablePdfWriter? searchable = null) : IResultSink
{
    /// <summary>Longer text goes to <c>&lt;id&gt;.txt</c> so the JSON stays quick to parse.</summary>
    public const int MaxInlineTextCharacters = 100_000;

    public void Deliver(DocumentInfo document, ExtractedDocument extracted, IReadOnlyList<ExtractedField> fields, ResultDecision decision)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(decision);
        DocumentId.Require(document.Id);
        PathParts.RequireLabel(decision.Label);
        RequireDecider(decision.DecidedBy);

        var folder = Path.Combine(resultsRoot, decision.Label);
        Directory.CreateDirectory(folder);
        AtomicFile.RemoveLeftovers(folder, document.Id);

        var documentFile = document.Id + PathParts.CopyExtension(document.OriginalFileName);
        var pdfFile = document.Id + ".pdf";
        var warnings = new List<string>();
        var searchablePdf = WriteSearchablePdf(document, extracted, Path.Combine(folder, pdfFile), warnings) ? pdfFile : null;
        if (searchablePdf != documentFile)
        {
            AtomicFile.Copy(document.ArchivePath, Path.Combine(folder, documentFile));
        }

        var text = extracted.Text;
        var textFile = document.Id + ".txt";
        var inline = Characters.Count(text) <= MaxInlineTextCharacters;
        if (!inline)
        {
            AtomicFile.WriteText(Path.Combine(folder, textFile), text);
        }

        var result = new ResultJson
        {
            Id = document.Id,
            DocumentFile = documentFile,
            OriginalFileName = document.OriginalFileName,
            SourceFolder = document.SourceFolder,
            ReceivedAt = document.ReceivedAt,
            Label = decision.Label,
            Confidence = decision.Confidence,
            Top = [.. decision.Top.Take(3)],
            DecidedBy = decision.DecidedBy,
            DecidedAt = decision.DecidedAt,
            Pages = [.. extracted.Pages.Select(PageJson.From)],
            Parent = document.Parent is { } parent ? new ParentJson(parent, document.Pages ?? string.Empty) : null,
            Fields = FieldJson.Group(FieldCorrections.Apply(fields, decision.FieldCorrections, decision.DecidedBy)),
            Text = inline ? text : null,
            TextFile = inline ? null : textFile,
            SearchablePdf = searchablePdf,
            Warnings = warnings.Count == 0 ? null : warnings,
        };
        AtomicFile.WriteJson(Path.Combine(folder, document.Id + ".json"), result, JsonFiles.Options);

        if (inline)
        {
            // An earlier delivery of this id may have had longer text; the new JSON no longer names its file.
            File.Delete(Path.Combine(folder, textFile));
        }

        if (searchablePdf is null && documentFile != pdfFile)
        {
            // An earlier delivery of this id may have had a searchable PDF beside the image; the new JSON no longer names it.
            File.Delete(Path.Combine(folder, pdfFile));
        }
    }

    private bool WriteSearchablePdf(DocumentInfo document, ExtractedDocument extracted, string path, List<string> warnings)
    {
        if (searchable is null || !searchable.Applies(extracted))
        {
            return false;
        }

        try
        {
            AtomicFile.Write(path, stream => searchable.Write(document.ArchivePath, document.Id, extracted, stream));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            warnings.Add($"The searchable PDF could not be written ({e.Message}); the document is delivered as it came.");
            return false;
        }
    }

    private static void RequireDecider(string decidedBy)
    {
        var known = (decidedBy.StartsWith(ResultDecision.ModelPrefix, StringComparison.Ordinal)
                && decidedBy.Length > ResultDecision.ModelPrefix.Length)
            || (decidedBy.StartsWith(ResultDecision.ReviewerPrefix, StringComparison.Ordinal)
                && decidedBy.Length > ResultDecision.ReviewerPrefix.Length);
        if (!known)
        {
            throw new ArgumentException($"'{decidedBy}' should be 'model:NAME@VERSION' or 'reviewer:NAME'.", nameof(decidedBy));
        }
    }
}
