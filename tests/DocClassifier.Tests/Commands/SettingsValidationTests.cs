using System.CommandLine;
using DocClassifier.Host;
using DocClassifier.Host.Commands;
using DocClassifier.Host.Service;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocClassifier.Tests.Commands;

/// <summary>A bad setting stops the program at start with the setting named, before any document is touched.</summary>
public sealed class SettingsValidationTests
{
    [Test]
    public void ANegativeWorkerCount_StopsTheHostAtStart_NamingTheSetting()
    {
        using var folder = new TempFolder();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DocClassifier:BaseDirectory"] = folder.Path, ["DocClassifier:Workers"] = "-1" });
        builder.Services.AddDocClassifier(builder.Configuration, ServiceRoles.None);
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Does.Contain("DocClassifier:Workers must be between 0"));
    }

    [Test]
    public async Task Run_OnPostgresWithoutAConnectionString_IsAnErrorAtStart_NotAServiceThatFailsLater()
    {
        using var folder = new TempFolder();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var error = new StringWriter();

        var code = await CommandLine.Create()
            .Parse(["run", "--base-dir", folder.Path, "--storage", "postgres", "--role", "worker"])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error }, stop.Token);

        Assert.That(stop.IsCancellationRequested, Is.False, "the service must not have started");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("DocClassifier:Storage is postgres but DocClassifier:ConnectionString is not set."));
    }

    [Test]
    public void ACommand_WithAnUnknownStorage_IsAnError_NamingTheSetting()
    {
        using var folder = new TempFolder();
        var error = new StringWriter();

        var code = CommandLine.Create()
            .Parse(["users", "list", "--base-dir", folder.Path, "--storage", "mysql"])
            .Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("DocClassifier:Storage must be sqlite or postgres."));
    }
}
