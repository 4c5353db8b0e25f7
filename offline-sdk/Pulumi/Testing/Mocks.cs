using System.Collections.Immutable;

namespace Pulumi.Testing
{
    /// <summary>Test doubles for the engine: they decide what each resource and function returns.</summary>
    public interface IMocks
    {
        /// <summary>Called for every resource the program registers; returns its id and output state.</summary>
        Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args);

        /// <summary>Called for every provider function the program invokes.</summary>
        Task<object> CallAsync(MockCallArgs args);

        /// <summary>Called when a component (a stack included) registers its outputs.</summary>
        Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
    }

    /// <summary>What <see cref="IMocks.NewResourceAsync"/> receives.</summary>
    public class MockResourceArgs
    {
        /// <summary>The type token, e.g. <c>aws:ec2/vpc:Vpc</c>.</summary>
        public string? Type { get; set; }

        /// <summary>The resource's name.</summary>
        public string? Name { get; set; }

        /// <summary>The inputs as the engine serializes them: wire names, nulls and unknowns dropped, secrets unwrapped, numbers as doubles, nested args as maps.</summary>
        public ImmutableDictionary<string, object> Inputs { get; set; } = null!;

        /// <summary>The provider reference, <c>urn::id</c>, when the resource has an explicit provider.</summary>
        public string? Provider { get; set; }

        /// <summary>The id of a resource being read or imported.</summary>
        public string? Id { get; set; }
    }

    /// <summary>What <see cref="IMocks.CallAsync"/> receives.</summary>
    public class MockCallArgs
    {
        public string? Token { get; set; }
        public ImmutableDictionary<string, object> Args { get; set; } = null!;
        public string? Provider { get; set; }
    }

    /// <summary>What <see cref="IMocks.RegisterResourceOutputs"/> receives.</summary>
    public class MockRegisterResourceOutputsRequest
    {
        public readonly string Urn;
        public readonly ImmutableDictionary<string, Output<object?>> Outputs;

        public MockRegisterResourceOutputsRequest(string urn, ImmutableDictionary<string, Output<object?>> outputs)
        {
            Urn = urn;
            Outputs = outputs;
        }
    }

    /// <summary>Settings of a test run.</summary>
    public class TestOptions
    {
        /// <summary>The project name; <c>project</c> when unset.</summary>
        public string? ProjectName { get; set; }

        public string? RootDirectory { get; set; }

        /// <summary>The stack name; <c>stack</c> when unset.</summary>
        public string? StackName { get; set; }

        /// <summary>Whether the run is a preview (the default): then values the mocks leave out stay unknown.</summary>
        public bool? IsPreview { get; set; }

        public string? OrganizationName { get; set; }
    }
}
