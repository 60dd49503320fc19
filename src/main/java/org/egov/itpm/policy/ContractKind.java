package org.egov.itpm.policy;

/** What a project contract buys. */
public enum ContractKind { CONSTRUCTION, SUPERVISION, EVALUATION, OTHER_SERVICE }
