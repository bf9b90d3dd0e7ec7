using System.Security.Claims;
using System.Text.Json;
using DocClassifier.Host.Service;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DocClassifier.Host.Web.Api;

/// <summary>/api/documents: upload into the intake, one document with its result and audit trail, search.</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/documents").RequireAuthorization(Policies.Reviewer).WithTags("Documents");
        group.MapPost("/", Upload).DisableAntiforgery();
        group.MapGet("/{id}", Get);
        group.MapGet("/", Search);
        return group;
    }

    // Bots authenticate with an API key, which a browser never sends on its own; a call with the login cookie
    // must carry an anti-forgery token (CookieApiAntiforgery), so the form binding's own check is off.
    private static async Task<Results<Created<UploadResult>, Ok<UploadResult>, ProblemHttpResult>> Upload(
        IFormFileCollection files, ClaimsPrincipal user, UploadIntake intake, CancellationToken cancellationToken)
    {
        if (files.Count != 1)
        {
            return TypedResults.Problem("Send exactly one file, as multipart/form-data.", statusCode: StatusCodes.Status400BadRequest, title: "No file");
        }

        var file = files[0];
        if (file.Length == 0)
        {
            return TypedResults.Problem("The file is empty.", statusCode: StatusCodes.Status400BadRequest, title: "Empty file");
        }

        if (!UploadIntake.IsAllowed(file.FileName))
        {
            return TypedResults.Problem(
                $"'{file.FileName}' is not a type this service reads: send PDF, TIFF, JPEG, PNG or BMP.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported file type");
        }

        var result = await intake.TakeAsync(file, ReviewApi.ReviewerName(user), cancellationToken).ConfigureAwait(false);
        var body = new UploadResult(result.DocumentId, !result.IsNew, $"/api/documents/{result.DocumentId}");
        return result.IsNew ? TypedResults.Created(body.Location, body) : TypedResults.Ok(body);
    }

    private static Results<Ok<DocumentView>, ProblemHttpResult> Get(string id, IDocumentLedger ledger, ServiceFolders folders)
    {
        if (!DocumentId.IsValid(id))
        {
            return Problems.InvalidId(id);
        }

        if (ledger.Find(id) is not { } document)
        {
            return Problems.NotFound(id);
        }

        var resultPath = document is { State: DocumentState.Delivered, Label: { } label } ? Path.Combine(folders.Results, label, id + ".json") : null;
        var result = resultPath is not null && File.Exists(resultPath) ? ReadResult(resultPath) : (JsonElement?)null;
        return TypedResults.Ok(DocumentView.From(document, result) with { Audit = [.. ledger.History(id).Select(AuditEntryView.From)] });
    }

    // The result file as a JSON object inside the answer, so a bot parses once.
    private static JsonElement ReadResult(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.Clone();
    }

    private static Results<Ok<IReadOnlyList<DocumentView>>, ProblemHttpResult> Search(
        IDocumentSearch search, string? state, string? label, DateTimeOffset? from, DateTimeOffset? to, string? q, int? limit, int? offset)
    {
        DocumentState? parsed = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<DocumentState>(state, ignoreCase: true, out var value))
            {
                return TypedResults.Problem(
                    $"'{state}' is not a state; use one of {string.Join(", ", Enum.GetNames<DocumentState>())}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid state");
            }

            parsed = value;
        }

        var documents = search.Search(new DocumentQuery
        {
            State = parsed,
            Label = label,
            From = from,
            To = to,
            Text = q,
            Limit = Math.Clamp(limit ?? 100, 1, 1000),
            Offset = Math.Max(offset ?? 0, 0),
            NewestFirst = true,
        });
        return TypedResults.Ok<IReadOnlyList<DocumentView>>([.. documents.Select(d => DocumentView.From(d))]);
    }
}
