namespace DocClassifier.Host.Service;

/// <summary>Reads <c>--role all|worker|intake|web</c> (several comma-separated, e.g. <c>intake,web</c>).</summary>
public static class ServiceRoleNames
{
    public static bool TryParse(string? text, out ServiceRoles roles)
    {
        roles = ServiceRoles.None;
        foreach (var part in (text ?? "all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ServiceRoles>(part, ignoreCase: true, out var role) || role == ServiceRoles.None || int.TryParse(part, out _))
            {
                roles = ServiceRoles.None;
                return false;
            }

            roles |= role;
        }

        return roles != ServiceRoles.None;
    }
}
