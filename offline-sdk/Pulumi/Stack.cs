using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi
{
    /// <summary>
    /// The root of a program's resources. A derived class declares its outputs as properties marked
    /// with <see cref="OutputAttribute"/> and assigns them in its constructor.
    /// </summary>
    public class Stack : ComponentResource
    {
        internal const string RootPulumiStackTypeName = "pulumi:pulumi:Stack";

        public Stack(StackOptions? options = null)
            : base(RootPulumiStackTypeName,
                $"{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}",
                new ComponentResourceOptions
                {
                    ResourceTransformations = options?.ResourceTransformations ?? new List<ResourceTransformation>(),
                    ResourceTransforms = options?.ResourceTransforms ?? new List<ResourceTransform>(),
                })
        {
        }

        /// <summary>Reads the derived class's [Output] properties once its constructor has run.</summary>
        internal IDictionary<string, object?> CollectOutputs()
        {
            var outputs = new Dictionary<string, object?>();
            foreach (var property in GetType().GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            {
                var attribute = property.GetCustomAttribute<OutputAttribute>();
                if (attribute is null || property.DeclaringType == typeof(Resource))
                {
                    continue;
                }

                var value = property.GetValue(this);
                if (value is null)
                {
                    throw new InvalidOperationException(
                        $"[Output] {GetType().FullName}.{property.Name} was not assigned in the stack's constructor.");
                }

                outputs[attribute.Name ?? property.Name] = value;
            }

            return outputs.ToImmutableDictionary();
        }

        internal void RegisterCollectedOutputs(IDictionary<string, object?> outputs) => RegisterOutputs(outputs);
    }

    /// <summary>Options of a stack.</summary>
    public class StackOptions
    {
        private List<ResourceTransformation>? _resourceTransformations;
        private List<ResourceTransform>? _resourceTransforms;

        public List<ResourceTransformation> ResourceTransformations
        {
            get => _resourceTransformations ??= new List<ResourceTransformation>();
            set => _resourceTransformations = value;
        }

        public List<ResourceTransform> ResourceTransforms
        {
            get => _resourceTransforms ??= new List<ResourceTransform>();
            set => _resourceTransforms = value;
        }
    }
}
