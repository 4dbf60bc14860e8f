package io.sitrep.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spark schema and rows for the engine's immutable records, derived from their components so that a field
 * added to {@code Entity}, {@code Quote}, {@code Event} ... appears in the Parquet tables without a change
 * here. Names become snake_case ({@code speakerName} → {@code speaker_name}, as in the JSON contract);
 * strings, numbers, booleans and dates map to the matching Spark types, enums to their constant name, nested
 * records to structs, lists to arrays, anything else to its string form.
 */
public final class RecordSchema implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<Class<?>, StructType> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordSchema() {
    }

    public static StructType of(Class<? extends Record> type) {
        StructType known = SCHEMAS.get(type);
        if (known != null) {
            return known;
        }
        // not computeIfAbsent: deriving a record with nested records (Entity → Mention) recurses into this map
        StructType derived = derive(type);
        StructType raced = SCHEMAS.putIfAbsent(type, derived);
        return raced != null ? raced : derived;
    }

    /** The record as a row of {@link #of}'s schema. */
    public static Row toRow(Record r) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            values[i] = toValue(read(cs[i], r));
        }
        return RowFactory.create(values);
    }

    /** A row that starts with {@code prefix} and continues with the record's components. */
    public static Row toRow(Object[] prefix, Record r) {
        Row tail = toRow(r);
        Object[] values = new Object[prefix.length + tail.length()];
        System.arraycopy(prefix, 0, values, 0, prefix.length);
        for (int i = 0; i < tail.length(); i++) {
            values[prefix.length + i] = tail.get(i);
        }
        return RowFactory.create(values);
    }

    /**
     * The record a row of {@link #of}'s schema stands for: the inverse of {@link #toRow(Record)} (enum constants
     * from their names, dates, nested records and lists rebuilt). A component of a type {@link #of} writes as
     * a string (other than String and enums) cannot be rebuilt and fails.
     */
    public static <T extends Record> T fromRow(Row row, Class<T> type) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            args[i] = fromValue(row.isNullAt(i) ? null : row.get(i), cs[i].getGenericType(), type, cs[i]);
        }
        try {
            return type.cast(constructor(type).newInstance(args));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " from " + row, e);
        }
    }

    private static Constructor<?> constructor(Class<?> type) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] params = java.util.Arrays.stream(t.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return t.getDeclaredConstructor(params);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t + " has no canonical constructor", e);
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromValue(Object v, Type t, Class<?> owner, RecordComponent c) {
        if (v == null) {
            return null;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && List.class.isAssignableFrom(raw)) {
            Iterable<?> items = v instanceof scala.collection.Iterable<?> seq
                    ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : (Iterable<?>) v;
            List<Object> out = new ArrayList<>();
            for (Object o : items) {
                out.add(fromValue(o, p.getActualTypeArguments()[0], owner, c));
            }
            return out;
        }
        Class<?> k = t instanceof Class<?> cls ? cls : Object.class;
        if (k == String.class) {
            return v.toString();
        }
        if (k == int.class || k == Integer.class) {
            return ((Number) v).intValue();
        }
        if (k == short.class || k == Short.class) {
            return ((Number) v).shortValue();
        }
        if (k == long.class || k == Long.class) {
            return ((Number) v).longValue();
        }
        if (k == double.class || k == Double.class) {
            return ((Number) v).doubleValue();
        }
        if (k == float.class || k == Float.class) {
            return ((Number) v).floatValue();
        }
        if (k == boolean.class || k == Boolean.class) {
            return v;
        }
        if (k == LocalDate.class) {
            return v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
        }
        if (k.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) k, v.toString());
        }
        if (k.isRecord()) {
            return fromRow((Row) v, (Class<? extends Record>) k);
        }
        throw new IllegalStateException("cannot rebuild " + owner.getSimpleName() + "." + c.getName() + " (" + t
                + ") from a row");
    }

    public static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static StructType derive(Class<?> type) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            boolean nullable = !c.getType().isPrimitive();
            fields.add(DataTypes.createStructField(snakeCase(c.getName()), typeOf(c.getGenericType()), nullable));
        }
        return DataTypes.createStructType(fields);
    }

    @SuppressWarnings("unchecked")
    private static DataType typeOf(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && List.class.isAssignableFrom(raw)) {
            return DataTypes.createArrayType(typeOf(p.getActualTypeArguments()[0]), true);
        }
        if (!(t instanceof Class<?> c)) {
            return DataTypes.StringType;
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return DataTypes.IntegerType;
        }
        if (c == long.class || c == Long.class) {
            return DataTypes.LongType;
        }
        if (c == double.class || c == Double.class) {
            return DataTypes.DoubleType;
        }
        if (c == float.class || c == Float.class) {
            return DataTypes.FloatType;
        }
        if (c == boolean.class || c == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (c == LocalDate.class) {
            return DataTypes.DateType;
        }
        if (c.isRecord()) {
            return of((Class<? extends Record>) c);
        }
        return DataTypes.StringType;
    }

    private static Object toValue(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v instanceof Short s ? Integer.valueOf(s) : v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (v instanceof Record r) {
            return toRow(r);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(toValue(o));
            }
            return scala.jdk.javaapi.CollectionConverters.asScala(out).toSeq();
        }
        return v.toString();
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
        }
    }
}
