namespace Pulumi.Tls
{
    /// <summary>Marks an input value as secret, as the real SDK does for private key inputs.</summary>
    internal static class SecretInput
    {
        public static Input<string>? Wrap(Input<string>? value)
        {
            if (value is null)
            {
                return null;
            }

            Output<string> plain = value;
            return Output.CreateSecret(0).Apply(_ => plain);
        }
    }
}
