using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>The service benchmark's scale-out per core pins each worker process to cores of its own: every thread of it, not only the first.</summary>
[Category("Service")]
public sealed class PinnedServiceProcessTests
{
    [Test]
    public void AServiceStartedOnOneCore_RunsEachOfItsThreadsOnThatCoreOnly()
    {
        Assert.That(Environment.ProcessorCount, Is.GreaterThanOrEqualTo(2), "pinning to one core shows only on a machine with more than one");
        using var folder = new TempFolder();

        using var service = ServiceProcess.Start(folder.Path, cpus: "1");
        service.WaitReady(TimeSpan.FromMinutes(2));
        var threads = service.AllowedCpusOfEachThread();

        Assert.Multiple(() =>
        {
            Assert.That(threads, Has.Count.GreaterThan(5), "the runtime's threads, the host's and Hangfire's workers");
            Assert.That(threads, Is.All.EqualTo("1"));
        });
    }
}
