using HelmValues.Fleet;
using HelmValues.Output;
using HelmValues.Testing.Fuzz;

namespace HelmValues.Tests.Stack;

/// <summary>
/// What one stack of a fleet costs in allocations, every phase: build, validate and render (<c>ToOutput</c>), write. A
/// budget in bytes, not a timed test: it holds on any machine under any load, and catches a per-value allocation creeping
/// back into a path that runs for every stack of every fleet.
/// </summary>
public class StackAllocationTests
{
    // The fleet benchmark's stack (FleetStack: values, IRSA ServiceAccount, AWS credentials and ECR pull Secrets).
    // Measured at 24.9 KB per stack in Debug: 56 KB before the Build and Validate work below and a reused YAML writer, 60 KB
    // while YamlDotNet's emitter wrote the text, 88 KB before issue 16's work. The rest is headroom for runtime and library
    // versions. Most of it is the stack's own objects and its files' text.
    private const long BudgetPerStack = 28 * 1024;

    // Validate alone, on stacks already built: the values (Helm's verdict included), each manifest and the checks across
    // the stack. Measured at 4.2 KB per stack in Debug, 4.1 KB in Release (17.4 KB before issue 16's work on it, when the
    // values went to Helm's JSON through a YAML tree and paths were built for every value checked); the rest is headroom.
    private const long ValidateBudgetPerStack = 5 * 1024;

    // Build alone (FleetStack.Build: the builders and recipes), which allocated 20 KB per stack before issue 16's work on it:
    // measured at 6.6 KB per stack in Debug, the rest is headroom.
    private const long BuildBudgetPerStack = 8 * 1024;

    private const int Stacks = 20;

    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("helmvalues-allocations-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void A_fleet_stack_stays_within_its_allocation_budget_through_every_phase()
    {
        // The first stacks parse the chart's schema and defaults, fill per-thread buffers and caches: not per stack.
        for (var i = 0; i < 5; i++)
        {
            WriteStack(i);
        }

        var allocated = Allocations.Of(() =>
        {
            for (var i = 5; i < 5 + Stacks; i++)
            {
                WriteStack(i);
            }
        });

        (allocated / Stacks).ShouldBeLessThan(BudgetPerStack);
    }

    [Test]
    public void Building_a_fleet_stack_stays_within_its_allocation_budget()
    {
        FleetStack.Build(0);

        var allocated = Allocations.Of(() =>
        {
            for (var i = 5; i < 5 + Stacks; i++)
            {
                FleetStack.Build(i);
            }
        });

        (allocated / Stacks).ShouldBeLessThan(BuildBudgetPerStack);
    }

    [Test]
    public void Validating_a_fleet_stack_stays_within_its_allocation_budget()
    {
        var stacks = Enumerable.Range(0, 5 + Stacks).Select(FleetStack.Build).ToArray();

        // The first stacks parse the chart's schema and defaults and fill per-thread buffers: not per stack.
        for (var i = 0; i < 5; i++)
        {
            stacks[i].Validate();
        }

        var allocated = Allocations.Of(() =>
        {
            for (var i = 5; i < stacks.Length; i++)
            {
                stacks[i].Validate();
            }
        });

        (allocated / Stacks).ShouldBeLessThan(ValidateBudgetPerStack);
    }

    // A fleet stack, different in each namespace, written to a new directory without fsync.
    private void WriteStack(int index) =>
        OutputWriter.Write(
            FleetStack.Build(index).ToOutput(),
            Path.Combine(_directory, FleetNames.Namespace(index)),
            new OutputOptions { AllowSecrets = true, FlushToDisk = false }
        );
}
