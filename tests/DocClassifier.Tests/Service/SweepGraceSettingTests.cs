using DocClassifier.Host;
using DocClassifier.Host.Service;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocClassifier.Tests.Service;

/// <summary>The sweep's grace comes from the settings: a minute by default, shorter where a test needs it.</summary>
public sealed class SweepGraceSettingTests
{
    [TestCase(null, 60)]
    [TestCase("1.5", 1.5)]
    public void TheSweepsGrace_IsTheConfiguredSetting(string? setting, double seconds)
    {
        using var folder = new TempFolder();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        var settings = new Dictionary<string, string?> { ["DocClassifier:BaseDirectory"] = folder.Path };
        if (setting is not null)
        {
            settings["DocClassifier:SweepGraceSeconds"] = setting;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddDocClassifier(builder.Configuration, ServiceRoles.Intake);
        using var host = builder.Build();

        Assert.That(host.Services.GetRequiredService<StuckDocumentSweep>().Grace, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }
}
