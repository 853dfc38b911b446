using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// Decides whether a reference to a personal-data member is processing: a read outside the
    /// declaring type's own plumbing. Writes (collecting the data), <c>nameof</c> and attribute
    /// arguments are not processing.
    /// </summary>
    internal static class PersonalDataUse
    {
        /// <summary>
        /// The personal-data member <paramref name="operation"/> refers to: a field, property or
        /// parameter reference, or a call whose return value is annotated. Null for anything else.
        /// </summary>
        public static ISymbol? ReferencedMember(IOperation operation) => operation.Kind switch
        {
            // The kind first: a type test that misses scans the node's interfaces.
            OperationKind.FieldReference => (operation as IFieldReferenceOperation)?.Field,
            OperationKind.PropertyReference => (operation as IPropertyReferenceOperation)?.Property,
            OperationKind.ParameterReference => (operation as IParameterReferenceOperation)?.Parameter,
            OperationKind.Invocation => (operation as IInvocationOperation)?.TargetMethod,
            _ => null,
        };

        /// <summary>
        /// Whether <paramref name="reference"/> reads the member's value. Not a read: the target of an
        /// assignment (including compound assignment, <c>??=</c>, <c>++</c>, deconstruction and object
        /// initializers: the stored value changes but goes nowhere), an <c>out</c> argument, a store
        /// into one of its members (<c>customer.Address.Street = ...</c>), <c>nameof</c> and attribute
        /// arguments.
        /// </summary>
        public static bool IsRead(IOperation reference)
        {
            var current = reference;

            // Climb member accesses whose receiver is the reference: a store into a member of personal
            // data is collecting, a read of a member of it (customer.Email.Length) is reading it.
            while (current.Parent is { Kind: OperationKind.FieldReference or OperationKind.PropertyReference or OperationKind.MethodReference or OperationKind.EventReference } container
                && container is IMemberReferenceOperation member && member.Instance == current)
            {
                current = member;
            }

            var parent = current.Parent;
            while (parent is { Kind: OperationKind.Tuple })
            {
                current = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IAssignmentOperation assignment when assignment.Target == current:
                case IIncrementOrDecrementOperation:
                case IMemberInitializerOperation initializer when initializer.InitializedMember == current:
                case IArgumentOperation { Parameter.RefKind: RefKind.Out }:
                case IDeclarationExpressionOperation:
                    return false;
            }

            for (var ancestor = reference.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor.Kind is OperationKind.NameOf or OperationKind.Attribute)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether <paramref name="container"/> (the member whose body holds the reference) is part of
        /// the declaring type's own plumbing: its constructors, accessors, field and property
        /// initializers, <c>Equals</c>, <c>GetHashCode</c>, <c>Deconstruct</c> and equality operators.
        /// Other methods of the declaring type process the data like any other code.
        /// </summary>
        public static bool IsDeclaringTypePlumbing(ISymbol member, ISymbol? container)
        {
            var declaringType = member is IParameterSymbol parameter ? parameter.ContainingSymbol?.ContainingType : member.ContainingType;
            if (declaringType is null || container?.ContainingType is not { } containerType
                || !SymbolEqualityComparer.Default.Equals(declaringType.OriginalDefinition, containerType.OriginalDefinition))
            {
                return false;
            }

            switch (container)
            {
                case IFieldSymbol:
                case IPropertySymbol:
                    return true;
                case IMethodSymbol method:
                    switch (method.MethodKind)
                    {
                        case MethodKind.Constructor:
                        case MethodKind.StaticConstructor:
                        case MethodKind.PropertyGet:
                        case MethodKind.PropertySet:
                        case MethodKind.EventAdd:
                        case MethodKind.EventRemove:
                            return true;
                        case MethodKind.UserDefinedOperator:
                            return method.Name is "op_Equality" or "op_Inequality";
                    }

                    return string.Equals(method.Name, "Equals", StringComparison.Ordinal)
                        || string.Equals(method.Name, "GetHashCode", StringComparison.Ordinal)
                        || string.Equals(method.Name, "Deconstruct", StringComparison.Ordinal);
                default:
                    return false;
            }
        }
    }
}
