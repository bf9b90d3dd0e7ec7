using DocClassifier.Intake;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Keeps chosen documents' jobs running until the test releases them (the service's <c>JobHoldFolder</c>), so a test
/// that needs a long job has one by construction, however fast OCR is on the machine.
/// </summary>
internal sealed class JobHolds
{
    public JobHolds(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
    }

    public string Folder { get; }

    /// <summary>The service setting that turns the holds on.</summary>
    public KeyValuePair<string, string> Setting => new("DOCCLASSIFIER__JOBHOLDFOLDER", Folder);

    /// <summary>Holds the job of the document this file becomes (its id is its content's hash); returns the id.</summary>
    public string Hold(string file)
    {
        var id = DocumentIntake.HashOf(file);
        File.WriteAllBytes(Path.Combine(Folder, id), []);
        return id;
    }

    public void Release(string id) => File.Delete(Path.Combine(Folder, id));
}
