import { describe, expect, test } from "vitest";
import { xmlProblem } from "./ooxml";

describe("the well-formedness check itself", () => {
  test("accepts well-formed XML and refuses broken nesting, bare ampersands and two roots", () => {
    expect(xmlProblem('<?xml version="1.0"?><a x="1"><b/>t &amp; u</a>')).toBeNull();
    expect(xmlProblem("<a><b></a></b>")).not.toBeNull();
    expect(xmlProblem("<a>t & u</a>")).not.toBeNull();
    expect(xmlProblem("<a/><b/>")).not.toBeNull();
    expect(xmlProblem("<a x=1/>")).not.toBeNull();
  });
});
