package io.weeklyreport.model;

public enum Severity { ERROR, WARNING, INFO }
