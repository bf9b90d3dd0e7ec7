namespace DocClassifier.Training;

/// <summary>Training data that cannot make a model (empty, one label, too few examples); the message says what to fix.</summary>
public sealed class TrainingDataException : Exception
{
    public TrainingDataException()
    {
    }

    public TrainingDataException(string message)
        : base(message)
    {
    }

    public TrainingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
