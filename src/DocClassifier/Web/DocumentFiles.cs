using DocClassifier.Host.Web.Accounts;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Images;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DocClassifier.Host.Web;

/// <summary>
/// The archived original for the review page: PDFs and images as they are (the browser's viewer shows
/// them), TIFF pages converted to PNG, and small page thumbnails for a stack's review. Only a valid id reaches the
/// archive path the ledger recorded.
/// </summary>
public static class DocumentFiles
{
    public static IEndpointConventionBuilder MapDocumentFiles(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/documents/{id}").RequireAuthorization(Policies.Reviewer).ExcludeFromDescription();
        group.MapGet("/file", File);
        group.MapGet("/pages/{number:int}.png", TiffPage);
        group.MapGet("/thumbnails/{number:int}.png", Thumbnail);
        return group;
    }

    public static string ContentType(string fileName) => FormatSniffer.FromExtension(fileName) switch
    {
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Jpeg => "image/jpeg",
        DocumentFormat.Png => "image/png",
        DocumentFormat.Bmp => "image/bmp",
        DocumentFormat.Tiff => "image/tiff",
        _ => "application/octet-stream",
    };

    private static IResult File(string id, IDocumentLedger ledger)
    {
        if (Archived(id, ledger) is not { } document)
        {
            return DocumentId.IsValid(id) ? Results.NotFound() : Results.BadRequest();
        }

        return Results.File(document.ArchivePath, ContentType(document.OriginalFileName), enableRangeProcessing: true);
    }

    // One page decoded per request, read from its own directory after its size is checked; no page past the page limit.
    private static IResult TiffPage(string id, int number, IDocumentLedger ledger, DocumentExtraction extraction)
    {
        if (Archived(id, ledger) is not { } document || FormatSniffer.FromExtension(document.OriginalFileName) != DocumentFormat.Tiff)
        {
            return DocumentId.IsValid(id) ? Results.NotFound() : Results.BadRequest();
        }

        try
        {
            return TiffPages.PageAsPng(System.IO.File.ReadAllBytes(document.ArchivePath), number, extraction.Options) is { } png ? Results.File(png, "image/png") : Results.NotFound();
        }
        catch (ExtractionException e)
        {
            return Results.Problem($"The TIFF page cannot be shown: {e.Message}", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    // Rendered once per stack (all its pages) and cached; the browser may keep them too, an id's file never changes.
    private static IResult Thumbnail(string id, int number, IDocumentLedger ledger, StackThumbnails thumbnails, HttpContext context)
    {
        if (Archived(id, ledger) is not { } document)
        {
            return DocumentId.IsValid(id) ? Results.NotFound() : Results.BadRequest();
        }

        try
        {
            if (thumbnails.Page(id, document.ArchivePath, number) is not { } png)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "private, max-age=86400";
            return Results.File(png, "image/png");
        }
        catch (ExtractionException e)
        {
            return Results.Problem($"The page cannot be shown: {e.Message}", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static LedgerDocument? Archived(string id, IDocumentLedger ledger) =>
        DocumentId.IsValid(id) && ledger.Find(id) is { } document && System.IO.File.Exists(document.ArchivePath) ? document : null;
}
