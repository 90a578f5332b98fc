using HelmValues.Fleet;
using HelmValues.Output;

namespace HelmValues.Tests.Stack;

/// <summary>
/// The fleet benchmark's floor (<c>FloorFiles</c>) must be the bytes HelmValues writes for the same stack, or its ratio
/// compares different work: when the stack's output changes (a new file, a new key), this fails before the benchmark does.
/// </summary>
public class FleetFloorTests
{
    [Test]
    public void The_floor_writes_the_bytes_helmvalues_writes_for_a_fleet_stack()
    {
        var directory = Directory.CreateTempSubdirectory("helmvalues-floor-").FullName;
        try
        {
            OutputWriter.Write(FleetStack.Build(7).ToOutput(), directory, new OutputOptions { AllowSecrets = true, FlushToDisk = false });

            var written = Directory
                .GetFiles(directory, "*", SearchOption.AllDirectories)
                .Select(f => (Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText(f)))
                .Order();
            written.ShouldBe(FloorFiles.Of(7).Order());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
