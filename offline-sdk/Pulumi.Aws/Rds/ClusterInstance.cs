// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:rds/clusterInstance:ClusterInstance).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Rds
{
    /// <summary>Mirror of <c>aws:rds/clusterInstance:ClusterInstance</c>.</summary>
    [AwsResourceType("aws:rds/clusterInstance:ClusterInstance")]
    public partial class ClusterInstance : global::Pulumi.CustomResource
    {
        [Output("applyImmediately")]
        public Output<bool> ApplyImmediately { get; private set; } = null!;

        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("autoMinorVersionUpgrade")]
        public Output<bool?> AutoMinorVersionUpgrade { get; private set; } = null!;

        [Output("availabilityZone")]
        public Output<string> AvailabilityZone { get; private set; } = null!;

        [Output("caCertIdentifier")]
        public Output<string> CaCertIdentifier { get; private set; } = null!;

        [Output("clusterIdentifier")]
        public Output<string> ClusterIdentifier { get; private set; } = null!;

        [Output("copyTagsToSnapshot")]
        public Output<bool?> CopyTagsToSnapshot { get; private set; } = null!;

        [Output("customIamInstanceProfile")]
        public Output<string?> CustomIamInstanceProfile { get; private set; } = null!;

        [Output("dbParameterGroupName")]
        public Output<string> DbParameterGroupName { get; private set; } = null!;

        [Output("dbSubnetGroupName")]
        public Output<string> DbSubnetGroupName { get; private set; } = null!;

        [Output("dbiResourceId")]
        public Output<string> DbiResourceId { get; private set; } = null!;

        [Output("endpoint")]
        public Output<string> Endpoint { get; private set; } = null!;

        [Output("engine")]
        public Output<Pulumi.Aws.Rds.EngineType> Engine { get; private set; } = null!;

        [Output("engineVersion")]
        public Output<string> EngineVersion { get; private set; } = null!;

        [Output("engineVersionActual")]
        public Output<string> EngineVersionActual { get; private set; } = null!;

        [Output("forceDestroy")]
        public Output<bool?> ForceDestroy { get; private set; } = null!;

        [Output("identifier")]
        public Output<string> Identifier { get; private set; } = null!;

        [Output("identifierPrefix")]
        public Output<string> IdentifierPrefix { get; private set; } = null!;

        [Output("instanceClass")]
        public Output<string> InstanceClass { get; private set; } = null!;

        [Output("kmsKeyId")]
        public Output<string> KmsKeyId { get; private set; } = null!;

        [Output("monitoringInterval")]
        public Output<int?> MonitoringInterval { get; private set; } = null!;

        [Output("monitoringRoleArn")]
        public Output<string> MonitoringRoleArn { get; private set; } = null!;

        [Output("networkType")]
        public Output<string> NetworkType { get; private set; } = null!;

        [Output("performanceInsightsEnabled")]
        public Output<bool> PerformanceInsightsEnabled { get; private set; } = null!;

        [Output("performanceInsightsKmsKeyId")]
        public Output<string> PerformanceInsightsKmsKeyId { get; private set; } = null!;

        [Output("performanceInsightsRetentionPeriod")]
        public Output<int> PerformanceInsightsRetentionPeriod { get; private set; } = null!;

        [Output("port")]
        public Output<int> Port { get; private set; } = null!;

        [Output("preferredBackupWindow")]
        public Output<string> PreferredBackupWindow { get; private set; } = null!;

        [Output("preferredMaintenanceWindow")]
        public Output<string> PreferredMaintenanceWindow { get; private set; } = null!;

        [Output("promotionTier")]
        public Output<int?> PromotionTier { get; private set; } = null!;

        [Output("publiclyAccessible")]
        public Output<bool> PubliclyAccessible { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("storageEncrypted")]
        public Output<bool> StorageEncrypted { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("writer")]
        public Output<bool> Writer { get; private set; } = null!;

        public ClusterInstance(string name, ClusterInstanceArgs args, CustomResourceOptions? options = null)
            : base("aws:rds/clusterInstance:ClusterInstance", name, args ?? new ClusterInstanceArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class ClusterInstanceArgs : global::Pulumi.ResourceArgs
    {
        [Input("applyImmediately")]
        public Input<bool>? ApplyImmediately { get; set; }

        [Input("autoMinorVersionUpgrade")]
        public Input<bool>? AutoMinorVersionUpgrade { get; set; }

        [Input("availabilityZone")]
        public Input<string>? AvailabilityZone { get; set; }

        [Input("caCertIdentifier")]
        public Input<string>? CaCertIdentifier { get; set; }

        [Input("clusterIdentifier", required: true)]
        public Input<string> ClusterIdentifier { get; set; } = null!;

        [Input("copyTagsToSnapshot")]
        public Input<bool>? CopyTagsToSnapshot { get; set; }

        [Input("customIamInstanceProfile")]
        public Input<string>? CustomIamInstanceProfile { get; set; }

        [Input("dbParameterGroupName")]
        public Input<string>? DbParameterGroupName { get; set; }

        [Input("dbSubnetGroupName")]
        public Input<string>? DbSubnetGroupName { get; set; }

        [Input("engine", required: true)]
        public Input<Pulumi.Aws.Rds.EngineType> Engine { get; set; } = null!;

        [Input("engineVersion")]
        public Input<string>? EngineVersion { get; set; }

        [Input("forceDestroy")]
        public Input<bool>? ForceDestroy { get; set; }

        [Input("identifier")]
        public Input<string>? Identifier { get; set; }

        [Input("identifierPrefix")]
        public Input<string>? IdentifierPrefix { get; set; }

        [Input("instanceClass", required: true)]
        public InputUnion<string, Pulumi.Aws.Rds.InstanceType> InstanceClass { get; set; } = null!;

        [Input("monitoringInterval")]
        public Input<int>? MonitoringInterval { get; set; }

        [Input("monitoringRoleArn")]
        public Input<string>? MonitoringRoleArn { get; set; }

        [Input("performanceInsightsEnabled")]
        public Input<bool>? PerformanceInsightsEnabled { get; set; }

        [Input("performanceInsightsKmsKeyId")]
        public Input<string>? PerformanceInsightsKmsKeyId { get; set; }

        [Input("performanceInsightsRetentionPeriod")]
        public Input<int>? PerformanceInsightsRetentionPeriod { get; set; }

        [Input("preferredBackupWindow")]
        public Input<string>? PreferredBackupWindow { get; set; }

        [Input("preferredMaintenanceWindow")]
        public Input<string>? PreferredMaintenanceWindow { get; set; }

        [Input("promotionTier")]
        public Input<int>? PromotionTier { get; set; }

        [Input("publiclyAccessible")]
        public Input<bool>? PubliclyAccessible { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public ClusterInstanceArgs()
        {
        }

        public static new ClusterInstanceArgs Empty => new ClusterInstanceArgs();
    }
}
