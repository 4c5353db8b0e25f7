using Pulumi;

namespace Numinia.Components.Addons.ExternalSecrets.Inputs
{
    /// <summary><c>spec</c> of a ClusterSecretStore.</summary>
    public sealed class ClusterSecretStoreSpecArgs : ResourceArgs
    {
        /// <summary><c>provider</c>: where the secrets are.</summary>
        [Input("provider", required: true)]
        public Input<SecretStoreProviderArgs> Provider { get; set; } = null!;

        [Input("conditions")]
        private InputList<ClusterSecretStoreConditionArgs>? _conditions;

        /// <summary><c>conditions</c>: the namespaces whose ExternalSecrets may use the store (any one condition suffices).</summary>
        public InputList<ClusterSecretStoreConditionArgs> Conditions
        {
            get => _conditions ??= new InputList<ClusterSecretStoreConditionArgs>();
            set => _conditions = value;
        }
    }

    /// <summary><c>spec</c> of a namespaced SecretStore.</summary>
    public sealed class SecretStoreSpecArgs : ResourceArgs
    {
        /// <summary><c>provider</c>: where the secrets are.</summary>
        [Input("provider", required: true)]
        public Input<SecretStoreProviderArgs> Provider { get; set; } = null!;
    }

    /// <summary><c>spec.conditions[]</c>: namespaces selected by labels.</summary>
    public sealed class ClusterSecretStoreConditionArgs : ResourceArgs
    {
        /// <summary><c>namespaceSelector</c>.</summary>
        [Input("namespaceSelector")]
        public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? NamespaceSelector { get; set; }
    }

    /// <summary><c>spec.provider</c>: exactly one provider.</summary>
    public sealed class SecretStoreProviderArgs : ResourceArgs
    {
        /// <summary><c>aws</c>: AWS Secrets Manager or Parameter Store.</summary>
        [Input("aws")]
        public Input<AwsProviderArgs>? Aws { get; set; }
    }

    /// <summary><c>spec.provider.aws</c>.</summary>
    public sealed class AwsProviderArgs : ResourceArgs
    {
        /// <summary><c>service</c>: <c>SecretsManager</c> or <c>ParameterStore</c>.</summary>
        [Input("service", required: true)]
        public Input<string> Service { get; set; } = null!;

        /// <summary><c>region</c>: the AWS region of the secrets.</summary>
        [Input("region", required: true)]
        public Input<string> Region { get; set; } = null!;

        /// <summary><c>auth</c>: how the operator gets AWS credentials.</summary>
        [Input("auth")]
        public Input<AwsAuthArgs>? Auth { get; set; }
    }

    /// <summary><c>spec.provider.aws.auth</c>.</summary>
    public sealed class AwsAuthArgs : ResourceArgs
    {
        /// <summary><c>jwt</c>: a service account token exchanged for the role in the account's IRSA annotation.</summary>
        [Input("jwt")]
        public Input<AwsJwtAuthArgs>? Jwt { get; set; }
    }

    /// <summary><c>spec.provider.aws.auth.jwt</c>.</summary>
    public sealed class AwsJwtAuthArgs : ResourceArgs
    {
        /// <summary><c>serviceAccountRef</c>: whose token (and so whose IRSA role) is used.</summary>
        [Input("serviceAccountRef", required: true)]
        public Input<ServiceAccountSelectorArgs> ServiceAccountRef { get; set; } = null!;
    }

    /// <summary>A service account by name and namespace (the namespace is required for a cluster-scoped store).</summary>
    public sealed class ServiceAccountSelectorArgs : ResourceArgs
    {
        /// <summary><c>name</c>.</summary>
        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        /// <summary><c>namespace</c>.</summary>
        [Input("namespace")]
        public Input<string>? Namespace { get; set; }
    }
}

namespace Numinia.Components.Addons.ExternalSecrets.Outputs
{
    /// <summary><c>spec</c> of a ClusterSecretStore, as the cluster holds it.</summary>
    [OutputType]
    public sealed class ClusterSecretStoreSpec
    {
        /// <summary><c>provider</c>.</summary>
        public SecretStoreProvider Provider { get; }

        [OutputConstructor]
        private ClusterSecretStoreSpec(SecretStoreProvider provider)
        {
            Provider = provider;
        }
    }

    /// <summary><c>spec.provider</c>.</summary>
    [OutputType]
    public sealed class SecretStoreProvider
    {
        /// <summary><c>aws</c>, when the store is AWS.</summary>
        public AwsProvider? Aws { get; }

        [OutputConstructor]
        private SecretStoreProvider(AwsProvider? aws)
        {
            Aws = aws;
        }
    }

    /// <summary><c>spec.provider.aws</c>.</summary>
    [OutputType]
    public sealed class AwsProvider
    {
        /// <summary><c>service</c>.</summary>
        public string Service { get; }

        /// <summary><c>region</c>.</summary>
        public string Region { get; }

        /// <summary><c>auth</c>.</summary>
        public AwsAuth? Auth { get; }

        [OutputConstructor]
        private AwsProvider(string service, string region, AwsAuth? auth)
        {
            Service = service;
            Region = region;
            Auth = auth;
        }
    }

    /// <summary><c>spec.provider.aws.auth</c>.</summary>
    [OutputType]
    public sealed class AwsAuth
    {
        /// <summary><c>jwt</c>.</summary>
        public AwsJwtAuth? Jwt { get; }

        [OutputConstructor]
        private AwsAuth(AwsJwtAuth? jwt)
        {
            Jwt = jwt;
        }
    }

    /// <summary><c>spec.provider.aws.auth.jwt</c>.</summary>
    [OutputType]
    public sealed class AwsJwtAuth
    {
        /// <summary><c>serviceAccountRef</c>.</summary>
        public ServiceAccountSelector ServiceAccountRef { get; }

        [OutputConstructor]
        private AwsJwtAuth(ServiceAccountSelector serviceAccountRef)
        {
            ServiceAccountRef = serviceAccountRef;
        }
    }

    /// <summary>A service account by name and namespace.</summary>
    [OutputType]
    public sealed class ServiceAccountSelector
    {
        /// <summary><c>name</c>.</summary>
        public string Name { get; }

        /// <summary><c>namespace</c>.</summary>
        public string? Namespace { get; }

        [OutputConstructor]
        private ServiceAccountSelector(string name, string? @namespace)
        {
            Name = name;
            Namespace = @namespace;
        }
    }
}
