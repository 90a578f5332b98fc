namespace HelmValues.Testing.Fuzz;

/// <summary>
/// What a piece of code costs in managed allocations on this thread: a budget that, unlike wall time, does not
/// depend on the machine or on what else runs on it.
/// </summary>
internal static class Allocations
{
    public static long Of(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
