namespace DocClassifier.Samples.Photos;

/// <summary>A generated phone photo of an invoice-like page and the key values printed on it.</summary>
/// <param name="Name">A file name for it, e.g. "invoice-photo-03.jpg".</param>
/// <param name="Jpeg">The photo, as a camera would save it (no stated resolution).</param>
/// <param name="Number">The invoice number as printed, without its dash: AB12345678.</param>
/// <param name="TaxIds">The buyer's and the seller's unified business numbers (統一編號).</param>
/// <param name="Date">The invoice date as an ISO date (yyyy-MM-dd).</param>
/// <param name="Total">The total, as an invariant integer.</param>
public sealed record InvoicePhoto(string Name, byte[] Jpeg, string Number, IReadOnlyList<string> TaxIds, string Date, string Total);
