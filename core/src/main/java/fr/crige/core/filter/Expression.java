package fr.crige.core.filter;

/** A value in a filter: a property of the feature or a literal. */
public sealed interface Expression permits PropertyName, Literal {
}
