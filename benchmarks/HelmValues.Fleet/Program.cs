using System;
using System.Globalization;
using HelmValues.Fleet;

// Whole-process fleet benchmark: see README.md beside this file.
FleetOptions options;
try
{
    options = FleetOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

switch (options.Child)
{
    case null:
        FleetRun.Compare(options);
        break;
    case "helmvalues":
        HelmValuesWriter.Run(options, options.Directory);
        // The parent divides by the number of stacks: whole-process allocation, start-up included.
        Console.WriteLine(GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));
        break;
    case "floor":
        FloorWriter.Run(options, options.Directory);
        Console.WriteLine("0");
        break;
    default:
        Console.Error.WriteLine($"unknown --child {options.Child}. {FleetOptions.Usage}");
        return 2;
}

return Environment.ExitCode;
