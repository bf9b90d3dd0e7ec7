using DocClassifier.Host.Service;

namespace DocClassifier.Tests.Service;

public sealed class ServiceRoleNamesTests
{
    [TestCase("all", ServiceRoles.All)]
    [TestCase(null, ServiceRoles.All)]
    [TestCase("worker", ServiceRoles.Worker)]
    [TestCase("intake,web", ServiceRoles.Intake | ServiceRoles.Web)]
    [TestCase(" Worker , INTAKE ", ServiceRoles.Worker | ServiceRoles.Intake)]
    public void KnownRoles_AreRead(string? text, ServiceRoles expected)
    {
        Assert.That(ServiceRoleNames.TryParse(text, out var roles), Is.True);
        Assert.That(roles, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("none")]
    [TestCase("1")]
    [TestCase("worker,cook")]
    public void AnythingElse_IsRefused(string text) => Assert.That(ServiceRoleNames.TryParse(text, out _), Is.False);
}
