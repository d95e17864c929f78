import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ExecutionArgs, ExecutionResult, GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/builder.js';
import type { QueryLimits } from './config.js';
import type { PageSizes } from './field-cost.js';
import { operationCost } from './operation-cost.js';
import { queryTooComplex, type QueryLimitName } from './refusal.js';
import { maxRootFieldsRule } from './root-fields-rule.js';
import { parseWithTokenLimit } from './token-limit.js';

const SCHEMA_PAGE_SIZES: PageSizes = { defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE };

/**
 * The query limits as envelop plugins, so HTTP, SSE and graphql-ws (which
 * parses, validates and executes through yoga's envelop) share them:
 *
 * - tokens while parsing (graphql-js' `maxTokens`);
 * - depth, aliases and directives (graphql-armor) and root fields as
 *   validation rules: they depend on the document alone, so yoga's
 *   per-document validation cache keeps their verdict;
 * - the cost budget when execution (or a subscription) starts, before any
 *   resolver: the cost depends on the variables (`first: $n`), and a
 *   validation rule's verdict would be cached for the document regardless of
 *   them.
 *
 * A null limit is switched off; with all off, no plugin is installed.
 */
export function useQueryLimits(limits: QueryLimits, pages: PageSizes = SCHEMA_PAGE_SIZES): Plugin[] {
  const plugins: Plugin[] = [];
  if (limits.tokens !== null) {
    const parse = parseWithTokenLimit(limits.tokens);
    plugins.push({ onParse: ({ setParseFn }) => setParseFn(parse) });
  }
  const rules = documentLimitRules(limits);
  if (rules.length > 0) {
    plugins.push({ onValidate: ({ addValidationRule }) => rules.forEach((rule) => addValidationRule(rule)) });
  }
  if (limits.cost !== null) plugins.push(useCostLimit(limits.cost, pages));
  return plugins;
}

/** The limits that depend on the document alone, as validation rules. */
export function documentLimitRules(limits: QueryLimits): ValidationRule[] {
  const rules: ValidationRule[] = [];
  // graphql-armor reports the measured value only in its message ("… limit of 12 exceeded, found 13.");
  // with propagateOnRejection off it does not throw, and the refusal reported is ours.
  const armor = (name: QueryLimitName, max: number) => ({
    n: max,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => context?.reportError(refusal(name, max, error)),
    ],
  });
  if (limits.depth !== null) {
    // Fragments are no level of their own; GraphiQL's schema query (`__schema`, nested `ofType`s) is exempt.
    rules.push(maxDepthRule({ ...armor('depth', limits.depth), flattenFragments: true, ignoreIntrospection: true }));
  }
  if (limits.aliases !== null) rules.push(maxAliasesRule(armor('aliases', limits.aliases)));
  if (limits.directives !== null) rules.push(maxDirectivesRule(armor('directives', limits.directives)));
  if (limits.rootFields !== null) rules.push(maxRootFieldsRule(limits.rootFields));
  return rules;
}

function refusal(name: QueryLimitName, max: number, armorError: GraphQLError): GraphQLError {
  const found = /found (\d+)/.exec(armorError.message);
  return queryTooComplex(name, max, found ? Number(found[1]) : max + 1);
}

function useCostLimit(max: number, pages: PageSizes): Plugin {
  const refusalOf = (args: ExecutionArgs): ExecutionResult | null => {
    const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues, pages);
    return cost !== null && cost > max ? { errors: [queryTooComplex('cost', max, cost)] } : null;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusalOf(args);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusalOf(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
