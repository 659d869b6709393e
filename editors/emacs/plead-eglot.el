;;; plead-eglot.el --- use the plead language server from Emacs through eglot  -*- lexical-binding: t; -*-

;; Put this file on your load-path and add (require 'plead-eglot) to your init
;; file, or copy the forms below into it. Needs eglot (built in since Emacs 29;
;; `M-x package-install eglot' or Debian's elpa-eglot on Emacs 28).

;;; Code:

(require 'eglot)

(defgroup plead nil
  "Legal drafting checks with the plead language server."
  :group 'tools)

(defcustom plead-server-command '("plead" "lsp")
  "Command that starts the plead language server over stdio."
  :type '(repeat string))

(defcustom plead-settings '()
  "Settings sent to plead: the keys of plead.toml, as a plist.
For example: (:rules (:citation \"warning\" :typo \"hint\")
              :citations (:allowClosedUpReporters t))."
  :type 'plist)

(define-derived-mode pleading-mode text-mode "Pleading"
  "Major mode for .pleading files (pleadings, motions, briefs, orders).")

(add-to-list 'auto-mode-alist '("\\.pleading\\'" . pleading-mode))

(defclass plead-eglot-server (eglot-lsp-server) ()
  :documentation "The plead language server.")

(cl-defmethod eglot-initialization-options ((_server plead-eglot-server))
  "Send `plead-settings' as initializationOptions."
  (or plead-settings eglot--{}))

(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode pleading-mode) . (plead-eglot-server . ,plead-server-command)))

;; Answer workspace/configuration and didChangeConfiguration with the same
;; settings (section `plead'). A project's .dir-locals.el may still set
;; `eglot-workspace-configuration' itself, e.g.
;;   ((nil . ((eglot-workspace-configuration . (:plead (:dictionary ["Ayobi"]))))))
(defun plead-eglot-workspace-configuration (server)
  "The `plead' settings section for SERVER (nothing for other servers)."
  (when (cl-typep server 'plead-eglot-server)
    (list :plead (or plead-settings eglot--{}))))

(unless (default-value 'eglot-workspace-configuration)
  (setq-default eglot-workspace-configuration #'plead-eglot-workspace-configuration))

(provide 'plead-eglot)
;;; plead-eglot.el ends here
