using System.Text.Json.Nodes;

namespace DocClassifier.Tests.Service;

/// <summary>
/// The runtime settings <c>docclassifier</c> starts with (its runtimeconfig.json beside the program, which the runtime
/// reads before any of our code runs): each was measured on the service and is explained in its project file.
/// </summary>
[TestFixture]
public class RuntimeSettingsTests
{
    [TestCase("System.GC.Server", "true")]
    [TestCase("System.GC.LOHThreshold", "2097152", TestName = "PdfPig's font arrays stay off the large object heap")]
    [TestCase("System.GC.RetainVM", "true", TestName = "memory freed by the GC is kept for the next scan")]
    [TestCase("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", "0", TestName = "idle thread-pool threads sleep without spinning")]
    public void TheServiceStartsWith(string name, string value)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docclassifier.runtimeconfig.json")))!;

        Assert.That(config["runtimeOptions"]?["configProperties"]?[name]?.ToJsonString(), Is.EqualTo(value));
    }
}
