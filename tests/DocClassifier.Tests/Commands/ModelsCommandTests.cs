using System.CommandLine;
using DocClassifier.Host.Commands;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Commands;

/// <summary><c>models list|promote|rollback|add-label</c> and <c>retrain</c> on a fresh base folder (the shipped model is imported as the first version).</summary>
public sealed class ModelsCommandTests
{
    [Test]
    public void ModelsCommands_ListTheShippedModelLive_RefuseWhatCannotBeDone_AndAddALabel()
    {
        using var folder = new TempFolder();

        var list = Run("models", "list", "--base-dir", folder.Path);
        var promote = Run("models", "promote", "tax-documents@20990101T000000Z", "--base-dir", folder.Path);
        var rollback = Run("models", "rollback", "--base-dir", folder.Path);
        var add = Run("models", "add-label", "business-tax-notice", "--name", "營業稅通知", "--base-dir", folder.Path);
        var badLabel = Run("models", "add-label", "Business Tax", "--base-dir", folder.Path);
        var retrain = Run("retrain", "--base-dir", folder.Path);
        var listed = Run("models", "list", "--base-dir", folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(list.Code, Is.Zero);
            Assert.That(list.Output, Does.Match(@"\* tax-documents@\d{8}T\d{6}Z").And.Contain("Live: tax-documents@"));
            Assert.That(promote.Code, Is.EqualTo(2));
            Assert.That(promote.Error, Does.Contain("no model version"));
            Assert.That(rollback.Code, Is.EqualTo(2));
            Assert.That(rollback.Error, Does.Contain("no earlier one"));
            Assert.That(add.Code, Is.Zero);
            Assert.That(badLabel.Code, Is.EqualTo(2));
            Assert.That(badLabel.Error, Does.Contain("lower-case"));
            Assert.That(retrain.Code, Is.Zero);
            Assert.That(retrain.Output, Does.Contain("Skipped: There are no reviewed examples yet."));
            Assert.That(listed.Output, Does.Contain("Added label: business-tax-notice (營業稅通知)").And.Contain("Last retraining:"));
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = CommandLine.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
