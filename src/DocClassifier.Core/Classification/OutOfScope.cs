namespace DocClassifier.Classification;

/// <summary>
/// The label a model may be trained with for documents that are none of the bureau's classes
/// (letters, news, ads, receipts, blank pages). A document predicted out of scope always goes to
/// review, however confident the model is: there is no result folder for it to be delivered into.
/// </summary>
public static class OutOfScope
{
    public const string Label = "out-of-scope";

    public const string Reason = "The model reads this as out of scope: not one of the tax document classes. A clerk decides what it is.";
}
