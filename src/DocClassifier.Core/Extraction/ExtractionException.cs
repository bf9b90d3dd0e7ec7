namespace DocClassifier.Extraction;

/// <summary>A file that cannot be turned into text, with a reason a clerk can read.</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException(ExtractionErrorCode code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    public ExtractionException()
        : this(ExtractionErrorCode.CorruptFile, "The file could not be read.")
    {
    }

    public ExtractionException(string message)
        : this(ExtractionErrorCode.CorruptFile, message)
    {
    }

    public ExtractionException(string message, Exception innerException)
        : this(ExtractionErrorCode.CorruptFile, message, innerException)
    {
    }

    public ExtractionErrorCode Code { get; }
}
