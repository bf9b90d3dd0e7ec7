using System.Runtime.Versioning;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>The keys that sign login cookies are readable by the service account only.</summary>
[Category("Web")]
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class DataProtectionKeysTests
{
    [Test]
    public void TheKeysFolder_IsMode0700_AfterStart_EvenWhenItWasOpenBefore()
    {
        using var world = new WebWorld();
        var keys = Path.Combine(world.BaseDirectory, "keys");
        Directory.CreateDirectory(keys);
        File.SetUnixFileMode(keys, (UnixFileMode)0b111_111_111);
        var key = Path.Combine(keys, "key-0000.xml");
        File.WriteAllText(key, "<key/>");
        File.SetUnixFileMode(key, (UnixFileMode)0b110_100_100);

        _ = world.Services; // starts the service

        Assert.That(File.GetUnixFileMode(keys), Is.EqualTo((UnixFileMode)0b111_000_000));
        Assert.That(File.GetUnixFileMode(key), Is.EqualTo((UnixFileMode)0b110_000_000));
    }

    [Test]
    public void ANewKeysFolder_IsMode0700()
    {
        using var world = new WebWorld();

        _ = world.Services;

        Assert.That(File.GetUnixFileMode(Path.Combine(world.BaseDirectory, "keys")), Is.EqualTo((UnixFileMode)0b111_000_000));
    }
}
