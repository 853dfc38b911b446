#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>netstandard2.0 lacks this attribute; the compiler recognises an internal copy by name.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="returnValue">The return value for which the parameter is not null.</param>
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        /// <summary>The return value for which the parameter is not null.</summary>
        public bool ReturnValue { get; }
    }
}
#endif
