using System.Text.Json;
using DocClassifier.Extraction;

namespace DocClassifier.Routing;

/// <summary>
/// The one spelling of a failure's code, in the ledger, the API and <c>failed/&lt;id&gt;.error.json</c>: camelCase
/// (<c>Encrypted</c> → <c>encrypted</c>), as <c>schemas/error.schema.json</c> lists them.
/// </summary>
public static class FailureCodes
{
    public static string Of(ExtractionErrorCode code) => JsonNamingPolicy.CamelCase.ConvertName(code.ToString());
}
