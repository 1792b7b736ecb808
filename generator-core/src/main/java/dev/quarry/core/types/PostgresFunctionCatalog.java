package dev.quarry.core.types;

import dev.quarry.core.types.PgCast.CoercionContext;
import dev.quarry.core.types.PgTypeSystem.CoercionPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's built-in functions and operators, read from the generated
 * {@code pg15-signatures.tsv}, resolved by the server's rules for overloads and polymorphic types.
 */
public final class PostgresFunctionCatalog implements FunctionCatalog {
    /** Runs of white space inside an operator ({@code IS  NOT DISTINCT FROM}) fold to one space. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Keyword operators the parser spells out, as pg_operator names them. */
    private static final Map<String, String> OPERATOR_ALIASES = Map.of(
            "LIKE", "~~", "NOT LIKE", "!~~", "ILIKE", "~~*", "NOT ILIKE", "!~~*", "!=", "<>");

    private final PgCatalogData data;
    private final PgTypeSystem types;
    private final PolymorphicResolver polymorphic;
    private final OverloadResolver overloads;

    PostgresFunctionCatalog(PgCatalogData data) {
        this.data = data;
        this.types = new PgTypeSystem(data);
        this.polymorphic = new PolymorphicResolver(types);
        this.overloads = new OverloadResolver(types, polymorphic);
    }

    /** The catalog over the bundled signature file, read once on first use. */
    public static PostgresFunctionCatalog instance() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final PostgresFunctionCatalog INSTANCE = new PostgresFunctionCatalog(PgCatalogData.loadBundled());
    }

    @Override
    public Optional<FunctionMatch> resolveFunction(String name, List<SqlType> argTypes) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<SqlType> args = PgTypeSystem.canonical(argTypes);
        List<PgCandidate> candidates = expand(data.functions(lower), args.size());
        for (PgCandidate candidate : candidates) {
            if (candidate.params().equals(args)) {
                return match(candidate, args);
            }
        }
        Optional<FunctionMatch> cast = functionStyleCast(lower, args);
        if (cast.isPresent()) {
            return cast;
        }
        return overloads.choose(candidates, args).flatMap(c -> match(c, args));
    }

    @Override
    public Optional<FunctionMatch> resolveOperator(String op, @Nullable SqlType left, SqlType right) {
        String name = SPACES.matcher(op.trim()).replaceAll(" ");
        name = OPERATOR_ALIASES.getOrDefault(name.toUpperCase(Locale.ROOT), name);
        List<SqlType> args = left == null
                ? List.of(PgTypeSystem.canonical(right))
                : List.of(PgTypeSystem.canonical(left), PgTypeSystem.canonical(right));
        List<PgCandidate> candidates = new ArrayList<>();
        for (PgSignature signature : data.operators(name)) {
            if (signature.params().size() == args.size()) {
                candidates.add(new PgCandidate(signature, signature.params(), false));
            }
        }
        List<SqlType> exactArgs = binaryExactArgs(args);
        for (PgCandidate candidate : candidates) {
            if (candidate.params().equals(exactArgs)) {
                return match(candidate, args);
            }
        }
        return overloads.choose(candidates, args).flatMap(c -> match(c, args));
    }

    @Override
    public boolean canImplicitlyCast(SqlType from, SqlType to) {
        return overloads.canCoerce(List.of(PgTypeSystem.canonical(from)), List.of(PgTypeSystem.canonical(to)));
    }

    /** {@code binary_oper_exact}: an untyped operand is first tried as the other operand's type. */
    private static List<SqlType> binaryExactArgs(List<SqlType> args) {
        if (args.size() == 2) {
            SqlType l = args.get(0);
            SqlType r = args.get(1);
            if (PgTypeSystem.isUnknown(l) && !PgTypeSystem.isUnknown(r)) {
                return List.of(r, r);
            }
            if (PgTypeSystem.isUnknown(r) && !PgTypeSystem.isUnknown(l)) {
                return List.of(l, l);
            }
        }
        return args;
    }

    /**
     * The candidates for a call with {@code n} arguments, as {@code FuncnameGetCandidates} builds
     * them: a variadic signature repeats its element type, a signature with defaults drops trailing
     * parameters. Where two expand alike the plain signature wins over the expanded one.
     */
    private static List<PgCandidate> expand(List<PgSignature> signatures, int n) {
        List<PgCandidate> plain = new ArrayList<>();
        List<PgCandidate> expanded = new ArrayList<>();
        for (PgSignature s : signatures) {
            int declared = s.params().size();
            if (s.variadicElement() != null && declared <= n) {
                List<SqlType> params = new ArrayList<>(s.params().subList(0, declared - 1));
                params.addAll(Collections.nCopies(n - declared + 1, s.variadicElement()));
                expanded.add(new PgCandidate(s, params, true));
            } else if (declared > n && n + s.defaults() >= declared) {
                expanded.add(new PgCandidate(s, s.params().subList(0, n), false));
            } else if (declared == n) {
                plain.add(new PgCandidate(s, s.params(), false));
            }
        }
        List<PgCandidate> all = new ArrayList<>(plain);
        for (PgCandidate candidate : expanded) {
            if (all.stream().noneMatch(c -> c.params().equals(candidate.params()))) {
                all.add(candidate);
            }
        }
        return List.copyOf(all);
    }

    /**
     * {@code int4(x)}, {@code text(x)}: a one-argument call named like a type is a cast when the
     * cast needs no function (binary or I/O); cast functions themselves are ordinary candidates.
     */
    private Optional<FunctionMatch> functionStyleCast(String name, List<SqlType> args) {
        if (args.size() != 1 || PgTypeSystem.isUnknown(args.get(0)) || !types.isCastTargetName(name)) {
            return Optional.empty();
        }
        SqlType target = PgCatalogData.typeOf(name);
        CoercionPath path = types.coercionPath(args.get(0), target, CoercionContext.EXPLICIT);
        if (path != CoercionPath.RELABEL && path != CoercionPath.IO) {
            return Optional.empty();
        }
        return Optional.of(new FunctionMatch(name, args, target, true, false, false, false, false));
    }

    private Optional<FunctionMatch> match(PgCandidate candidate, List<SqlType> args) {
        PolymorphicResolver.Binding binding = polymorphic.bind(args, candidate.params()).orElse(null);
        if (binding == null || !PolymorphicResolver.isDeterminable(binding)) {
            return Optional.empty();
        }
        List<SqlType> params = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            SqlType param = polymorphic.substitute(candidate.params().get(i), binding, args.get(i)).orElse(null);
            if (param == null) {
                return Optional.empty();
            }
            params.add(param);
        }
        PgSignature s = candidate.signature();
        Optional<SqlType> result = polymorphic.substitute(s.returnType(), binding, null);
        return result.map(r -> new FunctionMatch(s.name(), params, r, s.strict(), s.aggregate(), s.window(),
                s.returnsSet(), candidate.variadicExpanded()));
    }
}
