namespace Numinia.Signatures.Tests;

public static partial class NumberDecisions
{
    /// <summary>Pulumi.Eks 4.3.0 members, from pulumi/pulumi-eks sdk/dotnet at tag v4.3.0.</summary>
    private static readonly Decision[] Eks =
    [
        new("Pulumi.Eks.ClusterArgs", "desiredCapacity", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Cluster.cs"),
        new("Pulumi.Eks.ClusterArgs", "maxSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Cluster.cs"),
        new("Pulumi.Eks.ClusterArgs", "minSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Cluster.cs"),
        new("Pulumi.Eks.ClusterArgs", "nodeRootVolumeSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Cluster.cs"),
        new("Pulumi.Eks.Inputs.ClusterNodeGroupOptionsArgs", "desiredCapacity", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/ClusterNodeGroupOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.ClusterNodeGroupOptionsArgs", "maxSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/ClusterNodeGroupOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.ClusterNodeGroupOptionsArgs", "minRefreshPercentage", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/ClusterNodeGroupOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.ClusterNodeGroupOptionsArgs", "minSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/ClusterNodeGroupOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.ClusterNodeGroupOptionsArgs", "nodeRootVolumeIops", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/ClusterNodeGroupOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.ClusterNodeGroupOptionsArgs", "nodeRootVolumeSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/ClusterNodeGroupOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.ClusterNodeGroupOptionsArgs", "nodeRootVolumeThroughput", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/ClusterNodeGroupOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.StorageClassArgs", "iopsPerGb", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/StorageClassArgs.cs"),
        new("Pulumi.Eks.Inputs.VpcCniOptionsArgs", "eniMtu", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/VpcCniOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.VpcCniOptionsArgs", "warmEniTarget", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/VpcCniOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.VpcCniOptionsArgs", "warmIpTarget", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/VpcCniOptionsArgs.cs"),
        new("Pulumi.Eks.Inputs.VpcCniOptionsArgs", "warmPrefixTarget", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Inputs/VpcCniOptionsArgs.cs"),
        new("Pulumi.Eks.ManagedNodeGroupArgs", "diskSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/ManagedNodeGroup.cs"),
        new("Pulumi.Eks.Outputs.ClusterNodeGroupOptions", "desiredCapacity", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Outputs/ClusterNodeGroupOptions.cs"),
        new("Pulumi.Eks.Outputs.ClusterNodeGroupOptions", "maxSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Outputs/ClusterNodeGroupOptions.cs"),
        new("Pulumi.Eks.Outputs.ClusterNodeGroupOptions", "minRefreshPercentage", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Outputs/ClusterNodeGroupOptions.cs"),
        new("Pulumi.Eks.Outputs.ClusterNodeGroupOptions", "minSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Outputs/ClusterNodeGroupOptions.cs"),
        new("Pulumi.Eks.Outputs.ClusterNodeGroupOptions", "nodeRootVolumeIops", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Outputs/ClusterNodeGroupOptions.cs"),
        new("Pulumi.Eks.Outputs.ClusterNodeGroupOptions", "nodeRootVolumeSize", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Outputs/ClusterNodeGroupOptions.cs"),
        new("Pulumi.Eks.Outputs.ClusterNodeGroupOptions", "nodeRootVolumeThroughput", "int", "pulumi-eks@v4.3.0 sdk/dotnet/Outputs/ClusterNodeGroupOptions.cs"),
        new("Pulumi.Eks.VpcCniAddonArgs", "eniMtu", "int", "pulumi-eks@v4.3.0 sdk/dotnet/VpcCniAddon.cs"),
        new("Pulumi.Eks.VpcCniAddonArgs", "warmEniTarget", "int", "pulumi-eks@v4.3.0 sdk/dotnet/VpcCniAddon.cs"),
        new("Pulumi.Eks.VpcCniAddonArgs", "warmIpTarget", "int", "pulumi-eks@v4.3.0 sdk/dotnet/VpcCniAddon.cs"),
        new("Pulumi.Eks.VpcCniAddonArgs", "warmPrefixTarget", "int", "pulumi-eks@v4.3.0 sdk/dotnet/VpcCniAddon.cs"),
    ];
}
