using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Turns code under a <c>[ProcessingPurpose]</c> or <c>[SharesWith]</c> into processing entries:
    /// walks the <see cref="IOperation"/> tree of every body it covers and records which
    /// personal-data members each method, accessor, constructor, local function and lambda reads
    /// and which it passes to a <c>[SharesWith]</c> method or type.
    /// </summary>
    internal static class ProcessingParser
    {
        /// <summary>Declarations the two attributes may stand on (the assembly is read elsewhere).</summary>
        public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
            node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or TypeDeclarationSyntax;

        /// <summary>The entries of the code under one annotated declaration (a method, local function or type).</summary>
        public static EquatableArray<ProcessingEntryModel> Parse(ISymbol target, SemanticRun run)
        {
            var bodies = new List<IMethodSymbol>();
            switch (target)
            {
                case IMethodSymbol method:
                    bodies.Add(SymbolIds.TopMethod(method));
                    break;
                case INamedTypeSymbol type:
                    AddMembers(type, bodies);
                    break;
                default:
                    return EquatableArray<ProcessingEntryModel>.Empty;
            }

            var walker = new BodyWalker(run);
            foreach (var method in bodies)
            {
                run.CancellationToken.ThrowIfCancellationRequested();
                walker.Walk(method);
            }

            return walker.Entries();
        }

        /// <summary>Whether a call to <paramref name="method"/> discloses its arguments: <c>[SharesWith]</c> on it or a type it is in.</summary>
        public static bool SharesWith(IMethodSymbol method, DeclaredAttributeReader attributes)
        {
            method = method.OriginalDefinition;
            if (attributes.Has(method, PrivacyAttributeKind.SharesWith))
            {
                return true;
            }

            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                if (attributes.Has(type, PrivacyAttributeKind.SharesWith))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="method"/> carries <c>[Anonymizes]</c>: what is passed to it is no longer disclosed.</summary>
        public static bool Anonymizes(IMethodSymbol method, DeclaredAttributeReader attributes) =>
            attributes.Has(method.OriginalDefinition, PrivacyAttributeKind.Anonymizes);

        private static void AddMembers(INamedTypeSymbol type, List<IMethodSymbol> bodies)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && !method.IsImplicitlyDeclared)
                {
                    bodies.Add(method);
                }
            }

            foreach (var nested in type.GetTypeMembers())
            {
                AddMembers(nested, bodies);
            }
        }

        /// <summary>One walk over one or more method bodies of a compilation; entries accumulate by id.</summary>
        private sealed class BodyWalker
        {
            private readonly SemanticRun run;
            private readonly PurposeResolver purposes;
            private readonly PersonalDataResolver personalData;
            private readonly CancellationToken cancellationToken;
            private readonly Dictionary<string, Accumulator> entries = new(StringComparer.Ordinal);
            private readonly Dictionary<ITypeSymbol, List<string>> membersOfType;
            private readonly string assembly;

            // State of the body being walked.
            private IMethodSymbol top = null!;
            private string topId = string.Empty;
            private int lambdaCount;
            private Accumulator current = null!;
            private int disclosing;
            private int anonymizing;

            public BodyWalker(SemanticRun run)
            {
                this.run = run;
                purposes = run.Purposes;
                personalData = run.PersonalData;
                membersOfType = run.MembersOfType;
                cancellationToken = run.CancellationToken;
                assembly = run.Compilation.AssemblyName ?? string.Empty;
            }

            public void Walk(IMethodSymbol method)
            {
                top = method.OriginalDefinition;
                lambdaCount = 0;
                disclosing = 0;
                anonymizing = 0;
                if (top.IsImplicitlyDeclared || !MayTouchPersonalData(top))
                {
                    // A body that writes no name of personal data or of a [SharesWith] member can
                    // record nothing, and an entry without reads is left out: skip binding it.
                    return;
                }

                topId = (run.Types is { } types ? SymbolIds.DeclaredMethodId(top, types) : null) ?? SymbolIds.MethodId(top);
                if (entries.ContainsKey(topId))
                {
                    return;
                }

                foreach (var reference in top.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax(cancellationToken);
                    if (syntax is TypeDeclarationSyntax)
                    {
                        // A primary constructor: its "body" is the type's initializers, not code of its own.
                        continue;
                    }

                    current = Enter(top, topId, IdentifierLocation(top, syntax));
                    if (run.ReadsWithoutBinding
                        && UnboundBodyReader.TryRead(syntax, top, run.Compilation, run.Filter, cancellationToken, run.Attributes, run.Types) is { } unbound)
                    {
                        Apply(unbound);
                        continue;
                    }

                    var model = run.ModelFor(syntax.SyntaxTree);
                    var operation = model.GetOperation(syntax, cancellationToken);
                    if (operation is not null)
                    {
                        Visit(operation);
                    }
                }
            }

            /// <summary>Records what <see cref="UnboundBodyReader"/> found, as the operation walk would have.</summary>
            private void Apply(UnboundBody body)
            {
                var topEntry = current;
                var lambdas = new Accumulator[body.Lambdas.Count];
                for (var index = 0; index < lambdas.Length; index++)
                {
                    // A lambda without attributes has the purposes and recipients of the code it is written in.
                    var id = topId + "#lambda" + (++lambdaCount).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    lambdas[index] = Enter(top, id, body.Lambdas[index].GetLocation(), ProcessingKind.Lambda);
                }

                foreach (var use in body.Uses)
                {
                    current = use.Lambda < 0 ? topEntry : lambdas[use.Lambda];
                    disclosing = use.Discloses ? 1 : 0;
                    anonymizing = 0;
                    if (use.WholeObject is { } type)
                    {
                        foreach (var id in MembersOf(type, depth: 0))
                        {
                            Record(id);
                        }
                    }
                    else if (use.Member is { } member)
                    {
                        Read(member, use.ReturnValue);
                    }
                }

                current = topEntry;
                disclosing = 0;
                anonymizing = 0;
            }

            private bool MayTouchPersonalData(IMethodSymbol method)
            {
                if (run.Filter.All)
                {
                    return true;
                }

                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax(cancellationToken);
                    if (syntax is not TypeDeclarationSyntax && TreeSummary.MayTouch(syntax, run.Filter))
                    {
                        return true;
                    }
                }

                return false;
            }

            public EquatableArray<ProcessingEntryModel> Entries()
            {
                var keys = new List<string>(entries.Keys);
                keys.Sort(StringComparer.Ordinal);
                var result = new List<ProcessingEntryModel>(keys.Count);
                foreach (var key in keys)
                {
                    var entry = entries[key];
                    if (entry.Qualifies && entry.Reads.Count > 0)
                    {
                        result.Add(entry.ToModel());
                    }
                }

                return new EquatableArray<ProcessingEntryModel>(result);
            }

            /// <summary>Where the method's name is written in <paramref name="syntax"/>'s file (not its attributes).</summary>
            private static Location IdentifierLocation(IMethodSymbol method, SyntaxNode syntax)
            {
                foreach (var location in method.Locations)
                {
                    if (location.SourceTree == syntax.SyntaxTree && syntax.Span.Contains(location.SourceSpan))
                    {
                        return location;
                    }
                }

                return syntax.GetLocation();
            }

            private Accumulator Enter(IMethodSymbol method, string id, Location location, ProcessingKind? kind = null)
            {
                if (!entries.TryGetValue(id, out var accumulator))
                {
                    var span = location.GetLineSpan();
                    var inForce = purposes.Resolve(method);
                    var recipients = SharesWithInForce(method, out var underSharesWith);
                    accumulator = new Accumulator(
                        id,
                        assembly,
                        location.SourceTree?.FilePath ?? span.Path ?? string.Empty,
                        location.IsInSource ? span.StartLinePosition.Line + 1 : 0,
                        kind ?? KindOf(method),
                        EnumValues.SortedDefined(inForce.Purposes),
                        inForce.Origin,
                        recipients,
                        qualifies: underSharesWith || UnderProcessingPurpose(method));
                    entries.Add(id, accumulator);
                }

                return accumulator;
            }

            private void Visit(IOperation operation)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case INameOfOperation:
                    case ITypeOfOperation:
                        return;
                    case IAnonymousFunctionOperation lambda:
                        VisitNested(lambda.Symbol, topId + "#lambda" + (++lambdaCount).ToString(System.Globalization.CultureInfo.InvariantCulture), lambda.Syntax.GetLocation(), lambda.Body);
                        return;
                    case ILocalFunctionOperation local:
                        var localLocation = local.Symbol.Locations.Length > 0 ? local.Symbol.Locations[0] : local.Syntax.GetLocation();
                        VisitNested(local.Symbol, topId + "#" + local.Symbol.Name, localLocation, (IOperation?)local.Body ?? local.IgnoredBody);
                        return;
                    case ISimpleAssignmentOperation assignment:
                        VisitWriteTarget(assignment.Target);
                        Visit(assignment.Value);
                        return;
                    case IDeconstructionAssignmentOperation deconstruction:
                        VisitWriteTarget(deconstruction.Target);
                        Visit(deconstruction.Value);
                        return;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Out } outArgument:
                        VisitWriteTarget(outArgument.Value);
                        return;
                    case IFieldReferenceOperation field:
                        Read(field.Field);
                        break;
                    case IPropertyReferenceOperation property:
                        Read(property.Property);
                        break;
                    case IParameterReferenceOperation parameter:
                        Read(parameter.Parameter);
                        break;
                    case IInvocationOperation invocation:
                        VisitCall(invocation.TargetMethod, invocation.Instance, invocation.Arguments);
                        Read(invocation.TargetMethod, returnValue: true);
                        return;
                    case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                        VisitCall(constructor, null, creation.Arguments);
                        if (creation.Initializer is { } initializer)
                        {
                            Visit(initializer);
                        }

                        return;
                }

                foreach (var child in operation.ChildOperations)
                {
                    Visit(child);
                }
            }

            private void VisitNested(IMethodSymbol symbol, string id, Location location, IOperation? body)
            {
                var saved = (current, disclosing, anonymizing);
                current = Enter(symbol, id, location);
                disclosing = 0;
                anonymizing = 0;
                if (body is not null)
                {
                    Visit(body);
                }

                (current, disclosing, anonymizing) = saved;
            }

            /// <summary>An assignment target is written, not read; what it is reached through is read.</summary>
            private void VisitWriteTarget(IOperation target)
            {
                switch (target)
                {
                    case IFieldReferenceOperation field:
                        if (field.Instance is not null)
                        {
                            Visit(field.Instance);
                        }

                        return;
                    case IPropertyReferenceOperation property:
                        if (property.Instance is not null)
                        {
                            Visit(property.Instance);
                        }

                        foreach (var argument in property.Arguments)
                        {
                            Visit(argument);
                        }

                        return;
                    case IParameterReferenceOperation:
                    case ILocalReferenceOperation:
                    case IDiscardOperation:
                        return;
                    case ITupleOperation tuple:
                        foreach (var element in tuple.Elements)
                        {
                            VisitWriteTarget(element);
                        }

                        return;
                    case IDeclarationExpressionOperation:
                        return;
                    default:
                        Visit(target);
                        return;
                }
            }

            private void VisitCall(IMethodSymbol method, IOperation? instance, IEnumerable<IArgumentOperation> arguments)
            {
                if (instance is not null)
                {
                    Visit(instance);
                }

                var shares = SharesWith(method, run.Attributes);
                var anonymizes = Anonymizes(method, run.Attributes);
                if (anonymizes)
                {
                    anonymizing++;
                }

                foreach (var argument in arguments)
                {
                    if (shares)
                    {
                        disclosing++;
                        if (anonymizing == 0)
                        {
                            DiscloseWholeObject(argument.Value);
                        }
                    }

                    Visit(argument);
                    if (shares)
                    {
                        disclosing--;
                    }
                }

                if (anonymizes)
                {
                    anonymizing--;
                }
            }

            private void Read(ISymbol symbol, bool returnValue = false)
            {
                var found = returnValue ? AnnotatedReturn((IMethodSymbol)symbol) : Annotated(symbol);
                if (found is null || IsOwnPlumbing(found))
                {
                    return;
                }

                if (SymbolIds.DataItem(found, returnValue) is { } identity)
                {
                    Record(identity.Id);
                }
            }

            private void Record(string id)
            {
                current.Reads.Add(id);
                if (disclosing > 0 && anonymizing == 0)
                {
                    current.Discloses.Add(id);
                }
            }

            /// <summary>Passing a whole object on discloses every personal-data member its type holds.</summary>
            private void DiscloseWholeObject(IOperation value)
            {
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                if (value.Type is not { } type || value is ILiteralOperation)
                {
                    return;
                }

                foreach (var id in MembersOf(type, depth: 0))
                {
                    Record(id);
                }
            }

            private List<string> MembersOf(ITypeSymbol type, int depth)
            {
                if (depth == 0 && membersOfType.TryGetValue(type, out var cached))
                {
                    return cached;
                }

                var ids = new List<string>();
                if (depth == 0)
                {
                    membersOfType[type] = ids;
                }

                if (type is IArrayTypeSymbol array)
                {
                    if (depth == 0)
                    {
                        ids.AddRange(MembersOf(array.ElementType, depth + 1));
                    }

                    return ids;
                }

                if (type.SpecialType != SpecialType.None || type is not INamedTypeSymbol named)
                {
                    return ids;
                }

                if (depth == 0)
                {
                    foreach (var argument in named.TypeArguments)
                    {
                        ids.AddRange(MembersOf(argument, depth + 1));
                    }
                }

                for (var current = named; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
                {
                    foreach (var member in current.GetMembers())
                    {
                        if (member is IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } or IPropertySymbol { IsStatic: false }
                            && Annotated(member) is { } found
                            && SymbolIds.DataItem(found, returnValue: false) is { } identity
                            && !ids.Contains(identity.Id))
                        {
                            ids.Add(identity.Id);
                        }
                    }
                }

                return ids;
            }

            /// <summary>
            /// The symbol carrying the valid <c>[PersonalData]</c> that applies to <paramref name="symbol"/>:
            /// itself, an overridden property, a record's primary-constructor parameter, or the property of
            /// a backing field. Null when none applies or the annotation holds an undefined value.
            /// </summary>
            private ISymbol? Annotated(ISymbol symbol)
            {
                symbol = symbol.OriginalDefinition;
                if (personalData.Find(symbol) is not { } annotation || !EnumValues.IsValid(annotation) || personalData.IsNotPersonalData(symbol))
                {
                    return null;
                }

                switch (symbol)
                {
                    case IFieldSymbol field when !run.Attributes.Has(field, PrivacyAttributeKind.PersonalData):
                        return field.AssociatedSymbol is IPropertySymbol associated ? Annotated(associated) : null;
                    case IPropertySymbol property:
                        for (var current = property; current is not null; current = current.OverriddenProperty)
                        {
                            if (run.Attributes.Has(current, PrivacyAttributeKind.PersonalData))
                            {
                                return current.OriginalDefinition;
                            }
                        }

                        // A record's positional property: its id is the property's.
                        return property;
                    default:
                        return symbol;
                }
            }

            private ISymbol? AnnotatedReturn(IMethodSymbol method)
            {
                method = method.OriginalDefinition;
                return personalData.Find(method) is { } annotation && EnumValues.IsValid(annotation) ? method : null;
            }

            /// <summary>A type's own constructors, accessors, Equals, GetHashCode and Deconstruct only move its data around.</summary>
            private bool IsOwnPlumbing(ISymbol member)
            {
                var owner = member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } ? method.ContainingType : member.ContainingType;
                if (owner is null || !SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, top.ContainingType?.OriginalDefinition))
                {
                    return false;
                }

                if (member is IParameterSymbol)
                {
                    // A primary-constructor parameter read in its own type's members is an ordinary read.
                    return false;
                }

                return top.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.PropertyGet or MethodKind.PropertySet
                    || top.Name is "Equals" or "GetHashCode" or "Deconstruct";
            }

            /// <summary>The recipients of every <c>[SharesWith]</c> on the code or what it is written in.</summary>
            private EquatableArray<string> SharesWithInForce(IMethodSymbol method, out bool any)
            {
                var names = new SortedSet<string>(StringComparer.Ordinal);
                any = false;
                for (ISymbol? symbol = method; symbol is IMethodSymbol or INamedTypeSymbol; symbol = symbol.ContainingSymbol)
                {
                    any |= run.Attributes.AddSharesWith(symbol, names);
                }

                return new EquatableArray<string>(names);
            }

            private bool UnderProcessingPurpose(IMethodSymbol method)
            {
                for (ISymbol? symbol = method; symbol is IMethodSymbol or INamedTypeSymbol; symbol = symbol.ContainingSymbol)
                {
                    if (run.Attributes.Has(symbol, PrivacyAttributeKind.ProcessingPurpose))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static ProcessingKind KindOf(IMethodSymbol method) => method.MethodKind switch
            {
                MethodKind.Constructor or MethodKind.StaticConstructor => ProcessingKind.Constructor,
                MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise => ProcessingKind.Accessor,
                MethodKind.LocalFunction => ProcessingKind.LocalFunction,
                MethodKind.AnonymousFunction => ProcessingKind.Lambda,
                _ => ProcessingKind.Method,
            };
        }

        private sealed class Accumulator
        {
            private readonly string id;
            private readonly string assembly;
            private readonly string file;
            private readonly int line;
            private readonly ProcessingKind kind;
            private readonly EquatableArray<Purpose> purposes;
            private readonly PurposeOrigin origin;
            private readonly EquatableArray<string> sharesWith;

            public Accumulator(string id, string assembly, string file, int line, ProcessingKind kind, EquatableArray<Purpose> purposes, PurposeOrigin origin, EquatableArray<string> sharesWith, bool qualifies)
            {
                this.id = id;
                this.assembly = assembly;
                this.file = file;
                this.line = line;
                this.kind = kind;
                this.purposes = purposes;
                this.origin = origin;
                this.sharesWith = sharesWith;
                Qualifies = qualifies;
            }

            public bool Qualifies { get; }

            public SortedSet<string> Reads { get; } = new(StringComparer.Ordinal);

            public SortedSet<string> Discloses { get; } = new(StringComparer.Ordinal);

            public ProcessingEntryModel ToModel() => new(
                id, assembly, file, line, kind, purposes, origin, sharesWith, new EquatableArray<string>(Reads), new EquatableArray<string>(Discloses));
        }
    }
}
