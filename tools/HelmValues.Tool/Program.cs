/// <summary>Placeholder entry point so the tool project compiles on this branch; the real tool replaces it.</summary>
public static class Program
{
    /// <summary>Does nothing yet.</summary>
    public static int Main(string[] args) => 0;
}
