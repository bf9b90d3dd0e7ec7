namespace DocClassifier.Storage;

/// <summary>
/// The kind of an actor that did not state it, from the naming convention of actors (<c>model:</c>, <c>reviewer:</c>,
/// <c>worker:</c>, <c>api:</c>, <c>system</c>, <c>intake</c>). Read once, when the entry is written; readers use the column.
/// </summary>
public static class ActorKinds
{
    public static ActorKind Of(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var prefix = actor.Split(':', 2)[0];
        return prefix switch
        {
            "model" => ActorKind.Model,
            "reviewer" => ActorKind.Reviewer,
            "worker" => ActorKind.Worker,
            "api" => ActorKind.Api,
            "system" => ActorKind.System,
            "intake" => ActorKind.Intake,
            _ => ActorKind.Person,
        };
    }
}
