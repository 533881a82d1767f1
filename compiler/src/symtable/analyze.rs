//! Second pass: resolve every name to a [`SymScope`] (CPython's `analyze_block` and helpers).
//!
//! Walking the scope tree top-down, each block receives the names bound by enclosing
//! function-like scopes (`bound`), the names declared global above it (`global`) and the type
//! parameters in view; it reports upward the names its children use freely (`free`). A local
//! that a child uses freely becomes a cell. List/set/dict comprehensions are merged into their
//! parent here (PEP 709).

use std::collections::{HashMap, HashSet};

use pyvm_parser::{LineIndex, SyntaxError};

use super::builder::{error_at, Collected, Directive};
use super::flags::*;
use super::{ScopeId, ScopeKind, SymScope, SymbolTable};

type Set = HashSet<String>;
type Result<T = ()> = std::result::Result<T, SyntaxError>;

struct Analyzer<'t> {
    table: &'t mut SymbolTable,
    directives: &'t [Vec<Directive>],
    index: LineIndex,
}

pub(super) fn analyze(collected: Collected, source: &str) -> Result<SymbolTable> {
    let Collected {
        mut table,
        directives,
    } = collected;
    let mut a = Analyzer {
        table: &mut table,
        directives: &directives,
        index: LineIndex::new(source),
    };
    let mut free = Set::new();
    let mut global = Set::new();
    let mut type_params = Set::new();
    a.analyze_block(
        ScopeId(0),
        None,
        &mut free,
        &mut global,
        &mut type_params,
        None,
    )?;
    for scope in &mut table.scopes {
        finish_scope(scope);
    }
    Ok(table)
}

/// Fills the code-object name lists from the resolved symbols (compile.c's `dictbytype`).
fn finish_scope(scope: &mut super::Scope) {
    let mut cells: Vec<String> = Vec::new();
    let mut frees: Vec<String> = Vec::new();
    for s in &scope.symbols {
        if s.scope == SymScope::Cell || s.flags & DEF_COMP_CELL != 0 {
            cells.push(s.name.clone());
        }
        if s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0 {
            frees.push(s.name.clone());
        }
    }
    cells.sort();
    frees.sort();
    if scope.needs_class_closure {
        cells.push("__class__".to_owned());
    }
    if scope.needs_classdict {
        cells.push("__classdict__".to_owned());
    }
    scope.cellvars = cells;
    scope.freevars = frees;
}

impl Analyzer<'_> {
    fn error_at_directive(&self, id: ScopeId, name: &str, msg: String) -> SyntaxError {
        let span = self
            .directives
            .get(id.index())
            .and_then(|ds| ds.iter().find(|d| d.name == name))
            .map(|d| d.span)
            .unwrap_or_default();
        error_at(&self.index, msg, span)
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        scopes: &mut HashMap<String, SymScope>,
        name: &str,
        flags: u32,
        bound: Option<&mut Set>,
        local: &mut Set,
        free: &mut Set,
        global: &mut Set,
        type_params: &mut Set,
        class_entry: Option<ScopeId>,
    ) -> Result {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            scopes.insert(name.to_owned(), SymScope::GlobalExplicit);
            global.insert(name.to_owned());
            if let Some(bound) = bound {
                bound.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(bound) = bound else {
                return Err(self.error_at_directive(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".to_owned(),
                ));
            };
            if !bound.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            if type_params.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("nonlocal binding not allowed for type parameter '{name}'"),
                ));
            }
            scopes.insert(name.to_owned(), SymScope::Free);
            self.table.scopes[id.index()].has_free = true;
            free.insert(name.to_owned());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_owned(), SymScope::Local);
            local.insert(name.to_owned());
            global.remove(name);
            if flags & DEF_TYPE_PARAM != 0 {
                type_params.insert(name.to_owned());
            } else {
                type_params.remove(name);
            }
            return Ok(());
        }
        // An annotation scope in a class sees the class namespace first: a name bound there
        // (or declared global there) is looked up in the class dict and then globals.
        if let Some(class_id) = class_entry {
            let class_flags = self.table.scopes[class_id.index()].flags_of(name);
            if class_flags & DEF_GLOBAL != 0 {
                scopes.insert(name.to_owned(), SymScope::GlobalExplicit);
                return Ok(());
            } else if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
                scopes.insert(name.to_owned(), SymScope::GlobalImplicit);
                return Ok(());
            }
        }
        if let Some(bound) = bound {
            if bound.contains(name) {
                scopes.insert(name.to_owned(), SymScope::Free);
                self.table.scopes[id.index()].has_free = true;
                free.insert(name.to_owned());
                return Ok(());
            }
        }
        if global.contains(name) {
            scopes.insert(name.to_owned(), SymScope::GlobalImplicit);
            return Ok(());
        }
        let scope = &mut self.table.scopes[id.index()];
        if scope.is_nested {
            scope.has_free = true;
        }
        scopes.insert(name.to_owned(), SymScope::GlobalImplicit);
        Ok(())
    }

    /// CPython's `analyze_block`. `bound` is `None` for the module.
    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut Set>,
        free: &mut Set,
        global: &mut Set,
        type_params: &mut Set,
        class_entry: Option<ScopeId>,
    ) -> Result {
        let kind = self.table.scopes[id.index()].kind;
        let mut local = Set::new();
        let mut scopes: HashMap<String, SymScope> = HashMap::new();
        let mut newglobal = Set::new();
        let mut newfree = Set::new();
        let mut newbound = Set::new();
        let mut inlined_cells = Set::new();

        // Class bindings are invisible to nested functions: what children see is what the
        // class itself saw.
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }

        let names: Vec<(String, u32)> = self.table.scopes[id.index()]
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.flags))
            .collect();
        for (name, flags) in &names {
            self.analyze_name(
                id,
                &mut scopes,
                name,
                *flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
                type_params,
                class_entry,
            )?;
        }

        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_owned());
            newbound.insert("__classdict__".to_owned());
        }

        let children = self.table.scopes[id.index()].children.clone();
        for &child in &children {
            let (child_sees_class, child_is_comp, child_is_gen) = {
                let c = &self.table.scopes[child.index()];
                (
                    c.can_see_class_scope,
                    c.comprehension().is_some(),
                    c.is_generator,
                )
            };
            let new_class_entry = if child_sees_class {
                if kind == ScopeKind::Class {
                    Some(id)
                } else {
                    class_entry
                }
            } else {
                None
            };
            // Every comprehension but a generator expression is inlined (PEP 709).
            let inline_comp = child_is_comp && !child_is_gen;
            let mut child_free = newfree.clone();
            {
                let mut temp_bound = newbound.clone();
                let mut temp_global = newglobal.clone();
                let mut temp_type_params = type_params.clone();
                self.analyze_block(
                    child,
                    Some(&mut temp_bound),
                    &mut child_free,
                    &mut temp_global,
                    &mut temp_type_params,
                    new_class_entry,
                )?;
            }
            if inline_comp {
                self.inline_comprehension(
                    id,
                    child,
                    &mut scopes,
                    &mut child_free,
                    &mut inlined_cells,
                );
                self.table.scopes[child.index()].inlined = true;
            }
            newfree.extend(child_free);
            let c = &self.table.scopes[child.index()];
            if c.has_free || c.child_free {
                self.table.scopes[id.index()].child_free = true;
            }
        }

        // Inlined comprehensions give their place in the children list to their own children.
        let mut spliced = Vec::with_capacity(children.len());
        for &child in &children {
            let c = &self.table.scopes[child.index()];
            if c.inlined {
                spliced.extend(c.children.iter().copied());
            } else {
                spliced.push(child);
            }
        }
        self.table.scopes[id.index()].children = spliced;

        if kind.is_function_like() {
            analyze_cells(&mut scopes, &mut newfree, &inlined_cells);
        } else if kind == ScopeKind::Class {
            let scope = &mut self.table.scopes[id.index()];
            if newfree.remove("__class__") {
                scope.needs_class_closure = true;
            }
            if newfree.remove("__classdict__") {
                scope.needs_classdict = true;
            }
        }
        let classflag =
            kind == ScopeKind::Class || self.table.scopes[id.index()].can_see_class_scope;
        self.update_symbols(
            id,
            &scopes,
            bound.as_deref(),
            &newfree,
            &inlined_cells,
            classflag,
        );
        free.extend(newfree);
        Ok(())
    }

    /// Merges an analysed comprehension's names into its parent (CPython's
    /// `inline_comprehension`).
    fn inline_comprehension(
        &mut self,
        id: ScopeId,
        comp: ScopeId,
        scopes: &mut HashMap<String, SymScope>,
        comp_free: &mut Set,
        inlined_cells: &mut Set,
    ) {
        let comp_symbols = self.table.scopes[comp.index()].symbols.clone();
        let parent_kind = self.table.scopes[id.index()].kind;
        for sym in comp_symbols {
            // The implicit `.0` parameter stays with the comprehension.
            if sym.flags & DEF_PARAM != 0 {
                continue;
            }
            if sym.scope == SymScope::Cell || sym.flags & DEF_COMP_CELL != 0 {
                inlined_cells.insert(sym.name.clone());
            }
            let existing = self.table.scopes[id.index()]
                .symbol(&sym.name)
                .map(|s| s.flags);
            match existing {
                None => {
                    let parent = &mut self.table.scopes[id.index()];
                    parent.or_flags(&sym.name, sym.flags);
                    scopes.insert(sym.name.clone(), sym.scope);
                }
                Some(f) => {
                    // A name free in the comprehension but bound in the parent is simply the
                    // parent's local now, unless a closure inside the comprehension needs it
                    // or the parent is a class body.
                    if f & DEF_BOUND != 0
                        && !self.is_free_in_any_child(comp, &sym.name)
                        && parent_kind != ScopeKind::Class
                    {
                        comp_free.remove(&sym.name);
                    }
                }
            }
        }
    }

    fn is_free_in_any_child(&self, id: ScopeId, name: &str) -> bool {
        self.table.scopes[id.index()]
            .children
            .iter()
            .any(|c| self.table.scopes[c.index()].scope_of_name(name) == Some(SymScope::Free))
    }

    /// Writes the resolved scopes into the symbols and adds the free names that only pass
    /// through this scope (CPython's `update_symbols`).
    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &HashMap<String, SymScope>,
        bound: Option<&Set>,
        free: &Set,
        inlined_cells: &Set,
        classflag: bool,
    ) {
        let scope = &mut self.table.scopes[id.index()];
        for sym in &mut scope.symbols {
            if inlined_cells.contains(&sym.name) {
                sym.flags |= DEF_COMP_CELL;
            }
            if let Some(&s) = scopes.get(&sym.name) {
                sym.scope = s;
            }
        }
        // CPython walks a set here; sort for a deterministic symbol order.
        let mut names: Vec<&String> = free.iter().collect();
        names.sort();
        for name in names {
            if let Some(&i) = scope.index.get(name.as_str()) {
                // A method's free variable that the class body also binds.
                if classflag {
                    if let Some(sym) = scope.symbols.get_mut(i) {
                        sym.flags |= DEF_FREE_CLASS;
                    }
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name.as_str()) {
                    continue; // a global
                }
            }
            scope.or_flags(name, 0);
            if let Some(&i) = scope.index.get(name.as_str()) {
                if let Some(sym) = scope.symbols.get_mut(i) {
                    sym.scope = SymScope::Free;
                }
            }
        }
    }
}

/// Locals that a child uses freely (or that an inlined comprehension made cells) become cells
/// (CPython's `analyze_cells`).
fn analyze_cells(scopes: &mut HashMap<String, SymScope>, free: &mut Set, inlined_cells: &Set) {
    for (name, scope) in scopes.iter_mut() {
        if *scope != SymScope::Local {
            continue;
        }
        if !free.contains(name) && !inlined_cells.contains(name) {
            continue;
        }
        *scope = SymScope::Cell;
        free.remove(name);
    }
}
