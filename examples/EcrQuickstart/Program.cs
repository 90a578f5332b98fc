using EcrQuickstart;
using HelmValues.Output;
using HelmValues.Validation;

// Writes the ECR quickstart to ./out (or --out DIR), or checks a directory with --check DIR.
var (mode, directory) = args switch
{
    [] => ("write", "out"),
    ["--out", var dir] => ("write", dir),
    ["--check", var dir] => ("check", dir),
    _ => ("usage", ""),
};

if (mode == "usage")
{
    Console.Error.WriteLine("usage: EcrQuickstart [--out DIR | --check DIR]");
    return 2;
}

try
{
    var stack = QuickstartStack.Create();
    var output = stack.ToOutput();
    if (mode == "check")
    {
        var report = OutputChecker.Check(output, directory);
        if (!report.IsUpToDate)
        {
            Console.Error.WriteLine($"{directory} is stale; run: dotnet run --project examples/EcrQuickstart -- --out {directory}");
            Console.Error.WriteLine(report);
            return 1;
        }

        Console.WriteLine($"{directory} is up to date ({output.Files.Count} files).");
        return 0;
    }

    var written = OutputWriter.Write(output, directory);
    foreach (var file in output.Files)
    {
        var state = written.Written.Contains(file.Path) ? "wrote    " : "unchanged";
        Console.WriteLine($"{state} {Path.Combine(directory, file.Path)}");
    }

    foreach (var removed in written.Removed)
    {
        Console.WriteLine($"removed   {Path.Combine(directory, removed)}");
    }

    Console.WriteLine();
    Console.WriteLine("Create these in the cluster before installing (the values reference them):");
    foreach (var command in stack.SetupCommands)
    {
        Console.WriteLine("  " + command);
    }

    return 0;
}
catch (ValidationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
