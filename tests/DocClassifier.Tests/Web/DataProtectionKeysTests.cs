using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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

    [Test]
    public async Task WithACertificate_TheKeysAreEncryptedAtRest_AndSignInStillWorks()
    {
        using var folder = new TempFolder();
        var pfx = Path.Combine(folder.Path, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=docclassifier-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }

        using var world = new WebWorld(new Dictionary<string, string?> { ["Web:KeysCertificatePath"] = pfx, ["Web:KeysCertificatePassword"] = "pfx-password" });
        using var browser = await world.SignedInAsync("kim", "reviewer");
        using var page = await browser.GetAsync(new Uri("/", UriKind.Relative));

        var keys = Directory.GetFiles(Path.Combine(world.BaseDirectory, "keys"), "key-*.xml");
        Assert.That(page.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        Assert.That(keys, Is.Not.Empty);
        Assert.That(File.ReadAllText(keys[0]), Does.Contain("EncryptedData").And.Not.Contain("<masterKey"));
    }
}
