using HelmValues.Fleet;
using HelmValues.Output;
using HelmValues.Stack;
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
    // Measured at 12.9 KB per stack in Debug and Release: 15.1 KB before the files held their text as UTF-8 (not a string
    // each), 24.9 KB before the Build, Validate and ToOutput work below and the writer's files without a path string or
    // handle each, 56 KB before a reused YAML writer, 60 KB while YamlDotNet's emitter wrote the text, 88 KB before issue
    // 16's work. The budget is the goal. Most of it is the stack's own objects and its files' text (1.9 KB).
    private const long BudgetPerStack = 16 * 1024;

    // Validate alone, on stacks already built: the values (Helm's verdict included), each manifest and the checks across
    // the stack. Measured at 2.9 KB per stack in Debug and Release (4.2 KB before its path stacks were reused and maps
    // enumerated without boxing, 17.4 KB before issue 16's work on it, when the values went to Helm's JSON through a YAML
    // tree and paths were built for every value checked); the rest is headroom. Half of it is the values' Helm JSON.
    private const long ValidateBudgetPerStack = (3 * 1024) + 256;

    // Build alone (FleetStack.Build: the builders and recipes), which allocated 20 KB per stack before issue 16's work on it:
    // measured at 5.9 KB per stack in Debug and Release (6.6 KB before recipes changed the state once each and its copies
    // were made smaller), the rest is headroom. A tenth of it is each of the two copies of the controller config: the user's
    // WithQueue and the recipes' job pod edits.
    private const long BuildBudgetPerStack = (6 * 1024) + 512;

    // ToOutput alone, on stacks already built: Validate, then the files' text (1.9 KB of UTF-8), paths and Secret commands.
    // Measured at 6.2 KB per stack in Debug and Release (7.8 KB while each file's text was a string, 11.7 KB before this round
    // of issue 16's work: no LINQ in the Secret commands and the kustomization, Secret data written as base64 from a buffer,
    // the file list kept, not copied).
    private const long ToOutputBudgetPerStack = 7 * 1024;

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
    public void Validating_a_fleet_stack_stays_within_its_allocation_budget() =>
        AllocatedPerBuiltStack(static stack => stack.Validate()).ShouldBeLessThan(ValidateBudgetPerStack);

    [Test]
    public void Rendering_a_fleet_stack_stays_within_its_allocation_budget() =>
        AllocatedPerBuiltStack(static stack => stack.ToOutput()).ShouldBeLessThan(ToOutputBudgetPerStack);

    // What one phase allocates per stack, on stacks already built.
    private static long AllocatedPerBuiltStack(Action<AgentStack> phase)
    {
        var stacks = Enumerable.Range(0, 5 + Stacks).Select(FleetStack.Build).ToArray();

        // The first stacks parse the chart's schema and defaults and fill per-thread buffers: not per stack.
        for (var i = 0; i < 5; i++)
        {
            phase(stacks[i]);
        }

        var allocated = Allocations.Of(() =>
        {
            for (var i = 5; i < stacks.Length; i++)
            {
                phase(stacks[i]);
            }
        });

        return allocated / Stacks;
    }

    // A fleet stack, different in each namespace, written to a new directory without fsync.
    private void WriteStack(int index) =>
        OutputWriter.Write(
            FleetStack.Build(index).ToOutput(),
            Path.Combine(_directory, FleetNames.Namespace(index)),
            new OutputOptions { AllowSecrets = true, FlushToDisk = false }
        );
}
