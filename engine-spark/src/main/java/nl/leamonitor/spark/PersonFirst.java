package nl.leamonitor.spark;

import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.analytics.compute.SqlDialect;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.MaxMinBy;
import org.apache.spark.sql.catalyst.plans.logical.Aggregate;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.rules.Rule;
import scala.Function1;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractPartialFunction;

/**
 * An optimizer rule: in an aggregate with a first-row function ({@link SqlDialect}'s {@code
 * eerste_waarde}, Spark's {@code min_by}) that groups by the person, the person is grouped by
 * first. Spark aggregates {@code min_by} over a text value by sorting on the grouping columns in
 * the order written ({@code schooljaar, persoon, ...}); every schooljaar shares its first eight
 * bytes, the sort's prefix, so each comparison went on to the whole row. With the pseudonym first
 * the prefix nearly always decides. The groups, and so the results, are the same in any order.
 */
final class PersonFirst extends Rule<LogicalPlan> {
  /** The pseudonym's column in every personal dataset. */
  static final String PERSON = "persoon";

  /** Adds the rule to a session's optimizer (for the queries of that session only). */
  static void install(SparkSession spark) {
    spark
        .experimental()
        .extraOptimizations_$eq(
            CollectionConverters.asScala(List.<Rule<LogicalPlan>>of(new PersonFirst())).toSeq());
  }

  @Override
  public LogicalPlan apply(LogicalPlan plan) {
    return plan.transformUp(
        new AbstractPartialFunction<LogicalPlan, LogicalPlan>() {
          @Override
          public boolean isDefinedAt(LogicalPlan node) {
            return node instanceof Aggregate a && reordered(a) != null;
          }

          @Override
          public <A1 extends LogicalPlan, B1> B1 applyOrElse(A1 node, Function1<A1, B1> otherwise) {
            if (node instanceof Aggregate a) {
              List<Expression> grouping = reordered(a);
              if (grouping != null) {
                @SuppressWarnings("unchecked")
                B1 result =
                    (B1)
                        a.copy(
                            CollectionConverters.asScala(grouping).toSeq(),
                            a.aggregateExpressions(),
                            a.child(),
                            a.hint());
                return result;
              }
            }
            return otherwise.apply(node);
          }
        });
  }

  /**
   * Returns the aggregate's grouping with the person first, or null when it groups by the person
   * first already, not at all, or has no first-row function.
   */
  static List<Expression> reordered(Aggregate aggregate) {
    List<Expression> grouping =
        new ArrayList<>(CollectionConverters.asJava(aggregate.groupingExpressions()));
    int person = -1;
    for (int i = 0; i < grouping.size(); i++) {
      if (grouping.get(i) instanceof Attribute a && a.name().equalsIgnoreCase(PERSON)) {
        person = i;
        break;
      }
    }
    if (person <= 0 || !firstRow(aggregate)) {
      return null;
    }
    grouping.add(0, grouping.remove(person));
    return grouping;
  }

  private static boolean firstRow(Aggregate aggregate) {
    for (NamedExpression e : CollectionConverters.asJava(aggregate.aggregateExpressions())) {
      if (((Expression) e).exists(x -> x instanceof MaxMinBy)) {
        return true;
      }
    }
    return false;
  }
}
