using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAttributes.Analyzers.Sinks;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// Personal data that may reach a value. <see cref="HeldBy"/> is set when a whole object is passed
    /// whose type holds the data; <see cref="Members"/> then lists every personal-data member it holds.
    /// </summary>
    internal sealed record PersonalDataSource(PersonalDataMember Member, ITypeSymbol? HeldBy, ImmutableArray<PersonalDataMember> Members);

    /// <summary>
    /// Walks backwards from one value (a sink or recipient argument) to the personal data that may
    /// reach it, inside one body: through locals, assignments, string concatenation, interpolation,
    /// <c>string.Format/Concat/Join</c>, <c>StringBuilder</c>, <c>ToString()</c>, conditional and
    /// null-coalescing expressions, tuples, arrays, collection, object and anonymous initializers,
    /// <c>params</c> arrays, lambdas and LINQ; a whole object whose type holds personal data counts.
    /// A call to an <c>[Anonymizes]</c> method or a configured sanitizer ends the flow.
    /// </summary>
    /// <remarks>
    /// Intra-procedural and flow-insensitive by design: it runs only from the few arguments of sink
    /// and recipient calls, visits each operation once, and stops after a fixed budget, so its cost
    /// is bounded by the size of the method, not of the program. Calls to unknown methods do not
    /// carry data through (precision over recall), but a returned object whose type holds personal
    /// data still counts.
    /// </remarks>
    internal sealed class PersonalDataFlow
    {
        private const int VisitBudget = 2000;
        private const int MaxDepth = 200;

        private readonly PrivacyCompilationModel model;
        private readonly OperationSet visited = new();
        private readonly HashSet<ILocalSymbol> visitedLocals = new(SymbolEqualityComparer.Default);
        private readonly List<PersonalDataSource> sources = new();
        private readonly HashSet<ISymbol> reported = new(SymbolEqualityComparer.Default);
        private readonly LocalWriteIndex localWrites = new();
        private readonly Stack<IOperation> pending = new();
        private int budget;
        private int readingWrites;
        private int depth;

        private PrivacyOptions options;

        public PersonalDataFlow(PrivacyCompilationModel model, PrivacyOptions options)
        {
            this.model = model;
            this.options = options;
        }

        /// <summary>Gets this instance ready for another sink or recipient call (see <see cref="PrivacyCompilationModel.RentFlow"/>).</summary>
        internal void Reset(PrivacyOptions options)
        {
            this.options = options;
            Clear();
        }

        /// <summary>
        /// Drops what the last walk saw. The local writes of the last body stay indexed, for the next
        /// call in the same body: a kept instance holds on to that one body's operations.
        /// </summary>
        internal void Clear()
        {
            pending.Clear();
            visited.Clear();
            visitedLocals.Clear();
            sources.Clear();
            reported.Clear();
        }

        /// <summary>The personal data that may reach <paramref name="value"/>, each member once.</summary>
        public IReadOnlyList<PersonalDataSource> SourcesOf(IOperation? value)
        {
            Clear();
            budget = VisitBudget;
            depth = 0;
            Visit(value, wholeObject: true);
            return sources.ToArray();
        }

        private void Visit(IOperation? operation, bool wholeObject)
        {
            // Depth is bounded as well as work: a generated 5,000-term concatenation must not exhaust the stack.
            if (operation is null || budget-- <= 0 || depth >= MaxDepth || !visited.Add(operation))
            {
                return;
            }

            depth++;
            try
            {
                VisitCore(operation, wholeObject);
            }
            finally
            {
                depth--;
            }
        }

        // Dispatched on the node kind, read once, rather than a type test per case: a miss on an
        // interface type test scans the node's interfaces, and most operations visited matched late.
        private void VisitCore(IOperation operation, bool wholeObject)
        {
            switch (operation.Kind)
            {
                case OperationKind.Conversion when operation is IConversionOperation conversion:
                    Visit(conversion.Operand, wholeObject);
                    break;
                case OperationKind.Argument when operation is IArgumentOperation argument:
                    Visit(argument.Value, wholeObject);
                    break;
                case OperationKind.FieldReference when operation is IFieldReferenceOperation field:
                    VisitMember(field, field.Field, field.Instance, isIndexer: false, wholeObject);
                    break;
                case OperationKind.PropertyReference when operation is IPropertyReferenceOperation property:
                    VisitMember(property, property.Property, property.Instance, property.Property?.IsIndexer == true, wholeObject);
                    break;
                case OperationKind.ParameterReference when operation is IParameterReferenceOperation parameter:
                    if (!AddDirect(parameter.Parameter) && wholeObject)
                    {
                        AddWhole(parameter.Parameter?.Type);
                    }

                    break;
                case OperationKind.LocalReference when operation is ILocalReferenceOperation local:
                    VisitLocal(local, wholeObject);
                    break;
                case OperationKind.InstanceReference:
                    if (wholeObject)
                    {
                        AddWhole(operation.Type);
                    }

                    break;
                case OperationKind.Invocation when operation is IInvocationOperation invocation:
                    VisitInvocation(invocation, wholeObject);
                    break;
                case OperationKind.Binary when operation is IBinaryOperation binary:
                    if (binary.Type?.SpecialType == SpecialType.System_String)
                    {
                        Visit(binary.LeftOperand, wholeObject);
                        Visit(binary.RightOperand, wholeObject);
                    }
                    else
                    {
                        VisitUnknown(operation, wholeObject);
                    }

                    break;
                case OperationKind.InterpolatedString when operation is IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part.Kind == OperationKind.Interpolation && part is IInterpolationOperation interpolation)
                        {
                            Visit(interpolation.Expression, wholeObject: true);
                        }
                        else if (part.Kind == OperationKind.InterpolatedStringAppendFormatted && part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append })
                        {
                            // Lowered through an interpolated string handler (Debug.Assert, WriteLineIf): AppendFormatted(value).
                            VisitArguments(append, wholeObject: true);
                        }
                    }

                    break;
                case OperationKind.InterpolatedStringHandlerCreation when operation is IInterpolatedStringHandlerCreationOperation handler:
                    Visit(handler.Content, wholeObject);
                    break;
                case OperationKind.InterpolatedStringAddition when operation is IInterpolatedStringAdditionOperation addition:
                    Visit(addition.Left, wholeObject);
                    Visit(addition.Right, wholeObject);
                    break;
                case OperationKind.Conditional when operation is IConditionalOperation conditional:
                    Visit(conditional.WhenTrue, wholeObject);
                    Visit(conditional.WhenFalse, wholeObject);
                    break;
                case OperationKind.Coalesce when operation is ICoalesceOperation coalesce:
                    Visit(coalesce.Value, wholeObject);
                    Visit(coalesce.WhenNull, wholeObject);
                    break;
                case OperationKind.ConditionalAccess when operation is IConditionalAccessOperation conditionalAccess:
                    Visit(conditionalAccess.WhenNotNull, wholeObject);
                    break;
                case OperationKind.ConditionalAccessInstance:
                    Visit(EnclosingConditionalAccess(operation)?.Operation, wholeObject);
                    break;
                case OperationKind.Tuple when operation is ITupleOperation tuple:
                    VisitAll(tuple.Elements, wholeObject);
                    break;
                case OperationKind.ArrayCreation when operation is IArrayCreationOperation arrayCreation:
                    Visit(arrayCreation.Initializer, wholeObject);
                    break;
                case OperationKind.ArrayInitializer when operation is IArrayInitializerOperation arrayInitializer:
                    VisitAll(arrayInitializer.ElementValues, wholeObject);
                    break;
                case OperationKind.ArrayElementReference when operation is IArrayElementReferenceOperation element:
                    Visit(element.ArrayReference, wholeObject);
                    break;
                case OperationKind.ObjectCreation when operation is IObjectCreationOperation creation:
                    foreach (var argument in creation.Arguments)
                    {
                        Visit(argument.Value, wholeObject);
                    }

                    Visit(creation.Initializer, wholeObject);
                    if (wholeObject)
                    {
                        AddWhole(creation.Type);
                    }

                    break;
                case OperationKind.ObjectOrCollectionInitializer when operation is IObjectOrCollectionInitializerOperation initializer:
                    foreach (var element in initializer.Initializers)
                    {
                        // { a, b } and { { key, value } } are Add calls on the new collection: their arguments are what it holds.
                        if (element.Kind == OperationKind.Invocation && element is IInvocationOperation add)
                        {
                            VisitArguments(add, wholeObject);
                        }
                        else
                        {
                            Visit(element, wholeObject);
                        }
                    }

                    break;
                case OperationKind.MemberInitializer when operation is IMemberInitializerOperation memberInitializer:
                    Visit(memberInitializer.Initializer, wholeObject);
                    break;
                case OperationKind.AnonymousObjectCreation when operation is IAnonymousObjectCreationOperation anonymous:
                    VisitAll(anonymous.Initializers, wholeObject);
                    break;
                case OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment or OperationKind.DeconstructionAssignment
                    when operation is IAssignmentOperation assignment:
                    Visit(assignment.Value, wholeObject);
                    break;
                case OperationKind.DelegateCreation when operation is IDelegateCreationOperation delegateCreation:
                    Visit(delegateCreation.Target, wholeObject);
                    break;
                case OperationKind.AnonymousFunction when operation is IAnonymousFunctionOperation lambda:
                    VisitReturnedValues(lambda.Body, wholeObject);
                    break;
                case OperationKind.Await when operation is IAwaitOperation awaited:
                    Visit(awaited.Operation, wholeObject);
                    break;
                case OperationKind.SwitchExpression when operation is ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Visit(arm.Value, wholeObject);
                    }

                    break;
                case OperationKind.Literal:
                case OperationKind.NameOf:
                case OperationKind.TypeOf:
                case OperationKind.SizeOf:
                case OperationKind.DefaultValue:
                    break;
                default:
                    VisitUnknown(operation, wholeObject);
                    break;
            }
        }

        // Unknown shapes (newer language features, broken code): look inside, and
        // still count a whole object the expression produces.
        private void VisitUnknown(IOperation operation, bool wholeObject)
        {
            if (operation.Kind is OperationKind.None or OperationKind.Invalid)
            {
                foreach (var child in operation.ChildOperations)
                {
                    Visit(child, wholeObject);
                }
            }
            else if (wholeObject)
            {
                AddWhole(operation.Type);
            }
        }

        /// <summary>
        /// The values a lambda returns, in the order its body is written, including those of lambdas
        /// written inside it. Walked with the walker's own stack, from the top it finds it at, so the
        /// walks of nested lambdas reached while visiting share it without allocating.
        /// </summary>
        private void VisitReturnedValues(IOperation body, bool wholeObject)
        {
            var bottom = pending.Count;
            foreach (var child in body.ChildOperations.Reverse())
            {
                pending.Push(child);
            }

            while (pending.Count > bottom)
            {
                var current = pending.Pop();
                if (current.Kind is OperationKind.Return or OperationKind.YieldReturn or OperationKind.YieldBreak
                    && current is IReturnOperation { ReturnedValue: { } returned })
                {
                    Visit(returned, wholeObject);
                }

                foreach (var child in current.ChildOperations.Reverse())
                {
                    pending.Push(child);
                }
            }
        }

        private void VisitAll(ImmutableArray<IOperation> operations, bool wholeObject)
        {
            foreach (var operation in operations)
            {
                Visit(operation, wholeObject);
            }
        }

        private void VisitMember(IOperation reference, ISymbol? member, IOperation? instance, bool isIndexer, bool wholeObject)
        {
            if (AddDirect(member))
            {
                return;
            }

            if (isIndexer)
            {
                // dictionary[key], list[i]: the element comes from what the collection holds.
                Visit(instance, wholeObject);
                return;
            }

            if (wholeObject)
            {
                AddWhole(reference.Type);
            }

            // customer.Address.Street: a text part of personal data is personal data; the length of
            // an e-mail address is not. Only direct sources count through the instance, else
            // order.Number would report every Order that holds a Customer.
            if (instance is not null && reference.Type?.SpecialType == SpecialType.System_String)
            {
                Visit(instance, wholeObject: false);
            }
        }

        private void VisitLocal(ILocalReferenceOperation reference, bool wholeObject)
        {
            var local = reference.Local;
            if (local is null || !visitedLocals.Add(local))
            {
                return;
            }

            var index = LocalWritesIn(PrivacyCompilationModel.Root(reference));
            var position = index.First(local);
            if (position < 0)
            {
                if (wholeObject)
                {
                    AddWhole(local.Type);
                }

                return;
            }

            readingWrites++;
            try
            {
                for (; position >= 0; position = index.Next(position))
                {
                    Visit(index.ValueAt(position), wholeObject);
                }
            }
            finally
            {
                readingWrites--;
            }
        }

        /// <summary>
        /// The local writes of the body <paramref name="root"/>, indexed once while the walker stays in
        /// that body: the sink and recipient calls of one body, and the rules that look at it one after
        /// the other, rent the same walker.
        /// </summary>
        private LocalWriteIndex LocalWritesIn(IOperation root)
        {
            if (ReferenceEquals(localWrites.Root, root))
            {
                return localWrites;
            }

            if (readingWrites > 0)
            {
                // A flow stays in one body, so this does not happen; if it ever does, the index being read is left alone.
                var separate = new LocalWriteIndex();
                separate.Fill(root);
                return separate;
            }

            localWrites.Fill(root);
            return localWrites;
        }

        private void VisitInvocation(IInvocationOperation invocation, bool wholeObject)
        {
            var method = invocation.TargetMethod;
            if (method is null)
            {
                return;
            }

            if (model.IsSanitizer(method, options))
            {
                return;
            }

            if (AddDirect(method))
            {
                return;
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                Visit(invocation.Instance, wholeObject);
                return;
            }

            var type = method.ContainingType;
            if (type?.SpecialType == SpecialType.System_String)
            {
                // string.Format/Concat/Join and the instance methods that return part of the text.
                if (invocation.Type?.SpecialType == SpecialType.System_String || method.IsStatic)
                {
                    Visit(invocation.Instance, wholeObject);
                    VisitArguments(invocation, wholeObject: true);
                }

                return;
            }

            if (IsNamed(type, "System.Text", "StringBuilder"))
            {
                Visit(invocation.Instance, wholeObject);
                VisitArguments(invocation, wholeObject: true);
                return;
            }

            if (string.Equals(method.Name, "ToString", StringComparison.Ordinal) && invocation.Instance is not null)
            {
                Visit(invocation.Instance, wholeObject: true);
                return;
            }

            if (IsNamed(type, "System.Linq", "Enumerable"))
            {
                VisitArguments(invocation, wholeObject);
                return;
            }

            if (wholeObject)
            {
                AddWhole(invocation.Type);
            }
        }

        private void VisitArguments(IInvocationOperation invocation, bool wholeObject)
        {
            foreach (var argument in invocation.Arguments)
            {
                Visit(argument.Value, wholeObject);
            }
        }

        private bool AddDirect(ISymbol? member)
        {
            if (member is null || model.PersonalData.Find(member) is not { } annotation)
            {
                return false;
            }

            if (reported.Add(member.OriginalDefinition))
            {
                var found = new PersonalDataMember(member.OriginalDefinition, annotation);
                sources.Add(new PersonalDataSource(found, null, ImmutableArray.Create(found)));
            }

            return true;
        }

        private void AddWhole(ITypeSymbol? type)
        {
            var members = model.Types.MembersOf(type);
            if (members.IsEmpty || type is null || !reported.Add(type))
            {
                return;
            }

            sources.Add(new PersonalDataSource(members[0], type, members));
        }

        private static IConditionalAccessOperation? EnclosingConditionalAccess(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalAccessOperation access)
                {
                    return access;
                }
            }

            return null;
        }

        // The namespace is compared name by name from the inside out: no display string per call visited.
        private static bool IsNamed(INamedTypeSymbol? type, string containingNamespace, string name)
        {
            if (type is null || !string.Equals(type.Name, name, StringComparison.Ordinal))
            {
                return false;
            }

            var ns = type.ContainingNamespace;
            var end = containingNamespace.Length;
            while (true)
            {
                if (ns is null || ns.IsGlobalNamespace)
                {
                    return false;
                }

                var dot = containingNamespace.LastIndexOf('.', end - 1);
                var part = ns.Name;
                if (part.Length != end - dot - 1 || string.CompareOrdinal(containingNamespace, dot + 1, part, 0, part.Length) != 0)
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
                if (dot < 0)
                {
                    return ns is null || ns.IsGlobalNamespace;
                }

                end = dot;
            }
        }
    }
}
