using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// A resource: something the engine manages, named by a URN that derives from its stack, project,
    /// the types of its ancestors, its own type and its name.
    /// </summary>
    public class Resource
    {
        private readonly string _type;
        private readonly string _name;

        /// <summary>The resource's URN, known as soon as it is constructed.</summary>
        public Output<string> Urn { get; private protected set; } = null!;

        internal Engine.ResourceState State { get; }

        private protected Resource(
            string type, string name, bool custom, ResourceArgs args, ResourceOptions options, bool remote = false)
        {
            if (string.IsNullOrEmpty(type))
            {
                throw new ArgumentException("A resource's type must not be empty.", nameof(type));
            }

            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException($"A resource of type {type} needs a name.", nameof(name));
            }

            _type = type;
            _name = name;
            State = Deployment.InternalInstance.Engine.Construct(this, type, name, custom, remote, args, options);
        }

        public string GetResourceType() => _type;

        public string GetResourceName() => _name;

        internal void SetUrn(Output<string> urn) => Urn = urn;
    }

    /// <summary>A resource that a provider manages, with an id.</summary>
    public class CustomResource : Resource
    {
        /// <summary>The provider-assigned id; unknown in preview until the provider returns it.</summary>
        public Output<string> Id { get; private protected set; } = null!;

        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
            : base(type, name, custom: true, args ?? ResourceArgs.Empty, options ?? new CustomResourceOptions())
        {
        }

        internal void SetId(Output<string> id) => Id = id;
    }

    /// <summary>A group of resources that is managed as one unit.</summary>
    public class ComponentResource : Resource
    {
        public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
            : this(type, name, ResourceArgs.Empty, options)
        {
        }

        public ComponentResource(
            string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false)
            : base(type, name, custom: false, args ?? ResourceArgs.Empty, options ?? new ComponentResourceOptions(), remote)
        {
        }

        /// <summary>Signals that the component has created all its children and registers no outputs.</summary>
        protected void RegisterOutputs() => RegisterOutputs(ImmutableDictionary<string, object?>.Empty);

        protected void RegisterOutputs(IDictionary<string, object?> outputs)
            => RegisterOutputs(Task.FromResult(outputs));

        protected void RegisterOutputs(Task<IDictionary<string, object?>> outputs)
            => RegisterOutputs(Output.Create(outputs));

        protected void RegisterOutputs(Output<IDictionary<string, object?>> outputs)
            => Deployment.InternalInstance.Engine.RegisterOutputs(this, outputs);
    }

    /// <summary>A provider instance: the configuration resources of one package are managed with.</summary>
    public class ProviderResource : CustomResource
    {
        internal string Package { get; }

        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base($"pulumi:providers:{package}", name, args, options)
        {
            Package = package;
        }
    }
}
