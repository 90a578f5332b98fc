namespace HelmValues.Fleet;

/// <summary>Names shared by both writers; nothing here touches HelmValues, so the floor's process never loads it.</summary>
public static class FleetNames
{
    /// <summary>The namespace (and queue) of stack <paramref name="index"/>, also its directory's name.</summary>
    /// <param name="index">The stack's number.</param>
    public static string Namespace(int index) => $"team-{index:D6}";
}
